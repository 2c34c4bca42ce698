import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { RatingBadge } from '../../../components/rating-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useAssessments } from '../api/get-assessments.ts';
import { AssessmentDetails } from './assessment-details.tsx';

export interface AssessmentRecordProps {
  initiativeId: string;
}

/** Every independent assessment, newest first; a superseded one stays, marked as such. */
export function AssessmentRecord({ initiativeId }: AssessmentRecordProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const record = useAssessments(initiativeId);
  const items = record.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="assessment-record-heading">
      <h2 id="assessment-record-heading">{t('assessment.record')}</h2>
      {record.isPending && <LoadingState />}
      {record.isError && <ErrorState error={record.error} onRetry={() => void record.refetch()} />}
      {record.data && items.length === 0 && <p className="muted">{t('assessment.noRecord')}</p>}
      {items.length > 0 && (
        <ol className="timeline">
          {items.map((assessment) => (
            <li key={assessment.id} className="timeline-item" data-superseded={assessment.supersededBy !== null}>
              <p className="timeline-change">
                <RatingBadge rating={assessment.rating} />{' '}
                <span className="muted">
                  {assessment.supersededBy ? t('assessment.superseded') : t('assessment.current')}
                  {' · '}
                  <time dateTime={assessment.createdAt}>{formatDateTime(assessment.createdAt, lang)}</time>
                </span>
              </p>
              <AssessmentDetails assessment={assessment} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
