import type { Initiative } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface InitiativeDueProps {
  item: Initiative;
}

/** The target date, and the late milestone by name when one is what makes the initiative overdue. */
export function InitiativeDue({ item }: InitiativeDueProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const milestone = item.overdueMilestone;
  return (
    <>
      <span className="due-date">{item.targetDate ? formatDate(item.targetDate, lang) : t('common.none')}</span>
      {milestone && (
        <span className="due-milestone">
          {t('initiatives.milestoneDue', { title: milestone.title, date: formatDate(milestone.dueDate, lang) })}
        </span>
      )}
    </>
  );
}

/** When it was last verified, or that it never was. */
export function InitiativeVerified({ item }: InitiativeDueProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return <>{item.lastVerifiedAt ? formatDate(item.lastVerifiedAt, lang) : t('initiative.neverVerified')}</>;
}
