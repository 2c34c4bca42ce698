import type { Initiative } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { AgreementMark, RatingBadge } from '../../../components/rating-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { initiativeTitle } from '../../../lib/pick-text.ts';
import { InitiativeDue, InitiativeVerified } from './initiative-due.tsx';

export interface InitiativeCardsProps {
  items: Initiative[];
}

/** The list on a phone: one card per initiative that says what a table row says, read top to bottom. */
export function InitiativeCards({ items }: InitiativeCardsProps) {
  const { t } = useTranslation();
  return (
    <ul className="initiative-cards" aria-label={t('initiatives.caption')}>
      {items.map((item) => (
        <li key={item.id} className="initiative-card">
          <h3 className="initiative-card-title">
            <Link to={`/initiatives/${item.id}`}>
              <LocalizedText value={initiativeTitle(item)} />
            </Link>
          </h3>
          <div className="initiative-card-state">
            <StatusBadge status={item.status} />
            <ProgressBar value={item.progress} />
          </div>
          <dl className="initiative-card-facts">
            <div>
              <dt>{t('initiatives.columns.owner')}</dt>
              <dd>
                <LocalizedText value={item.owner.name} />
              </dd>
            </div>
            <div>
              <dt>{t('initiatives.columns.targetDate')}</dt>
              <dd>
                <InitiativeDue item={item} />
              </dd>
            </div>
            <div>
              <dt>{t('initiatives.columns.lastVerifiedAt')}</dt>
              <dd>
                <InitiativeVerified item={item} />
              </dd>
            </div>
            {item.latestAssessment && (
              <div>
                <dt>{t('assessment.column')}</dt>
                <dd>
                  <RatingBadge rating={item.latestAssessment.rating} />
                </dd>
              </div>
            )}
            <div>
              <dt>{t('initiatives.columns.kind')}</dt>
              <dd>{t(`kind.${item.kind}`)}</dd>
            </div>
          </dl>
          {(item.overdue || item.stale || item.agreement === 'disagree') && (
            <p className="initiative-card-flags">
              {item.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
              {item.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
              {item.agreement === 'disagree' && <AgreementMark agreement={item.agreement} />}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
