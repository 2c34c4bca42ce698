import type { InitiativeDetail } from '@civic/shared/schemas';
import { countryRegion, currentRegionCode, isOverdue, kzRegionName } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { formatDate, todayIn } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { initiativeTitle } from '../../../lib/pick-text.ts';

export interface InitiativeFactsProps {
  initiative: InitiativeDetail;
}

export function InitiativeFacts({ initiative }: InitiativeFactsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The target date's own lateness: the shared rule without the milestones, which have their own line.
  const targetLate = isOverdue(
    { status: initiative.status, targetDate: initiative.targetDate, openMilestoneDueDates: [] },
    todayIn(),
  );
  const region =
    currentRegionCode(initiative.region) === countryRegion
      ? t('initiatives.wholeCountry')
      : kzRegionName(initiative.region)?.[lang];
  return (
    <dl className="facts">
      <div>
        <dt>{t('initiative.owner')}</dt>
        <dd>
          <LocalizedText value={initiative.owner.name} />
        </dd>
      </div>
      <div>
        <dt>{t('initiative.kind')}</dt>
        <dd>{t(`kind.${initiative.kind}`)}</dd>
      </div>
      {region && (
        <div>
          <dt>{t('initiative.region')}</dt>
          <dd>{region}</dd>
        </div>
      )}
      {initiative.parent && (
        <div>
          <dt>{t('initiative.parent')}</dt>
          <dd>
            <Link to={`/initiatives/${initiative.parent.id}`}>
              <LocalizedText value={initiativeTitle(initiative.parent)} />
            </Link>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('initiative.targetDate')}</dt>
        <dd>
          {initiative.targetDate ? formatDate(initiative.targetDate, lang) : t('initiative.targetDateNotSet')}
          {targetLate && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
        </dd>
      </div>
      {initiative.overdueMilestone && (
        <div>
          <dt>{t('initiative.overdueMilestone')}</dt>
          <dd>
            {t('initiative.overdueMilestoneText', {
              title: initiative.overdueMilestone.title,
              date: formatDate(initiative.overdueMilestone.dueDate, lang),
            })}
            <span className="mark mark-overdue">{t('initiative.overdue')}</span>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('initiative.lastVerified')}</dt>
        <dd>
          {initiative.lastVerifiedAt ? (
            <time dateTime={initiative.lastVerifiedAt}>{formatDate(initiative.lastVerifiedAt, lang)}</time>
          ) : (
            t('initiative.neverVerified')
          )}
          {initiative.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
        </dd>
      </div>
    </dl>
  );
}
