import type { Initiative } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { AgreementMark, RatingBadge } from '../../../components/rating-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { AssessmentDetails } from './assessment-details.tsx';

export interface IndependentRatingProps {
  initiative: Initiative;
}

/** The officials' status and the latest independent rating side by side, and whether they agree. */
export function IndependentRating({ initiative }: IndependentRatingProps) {
  const { t } = useTranslation();
  const latest = initiative.latestAssessment;
  return (
    <section className="card side-by-side" aria-labelledby="independent-heading">
      <h2 id="independent-heading">
        {t('assessment.title')} <AgreementMark agreement={initiative.agreement} />
      </h2>
      <div className="side-by-side-grid">
        <div data-side="official">
          <h3>{t('assessment.official')}</h3>
          <p>
            <StatusBadge status={initiative.status} />
          </p>
          <p className="muted">
            {t('assessment.officialOnScale', { rating: t(`rating.${initiative.officialRating}`) })}
          </p>
        </div>
        <div data-side="independent">
          <h3>{t('assessment.independent')}</h3>
          {latest ? (
            <>
              <p>
                <RatingBadge rating={latest.rating} />
              </p>
              <AssessmentDetails assessment={latest} />
            </>
          ) : (
            <p className="muted">{t('assessment.none')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
