import type { Milestone } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface MilestonesListProps {
  milestones: Milestone[];
}

export function MilestonesList({ milestones }: MilestonesListProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="card" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('initiative.milestones')}</h2>
      {milestones.length === 0 ? (
        <p className="muted">{t('initiative.noMilestones')}</p>
      ) : (
        <ul className="milestones">
          {milestones.map((milestone) => (
            <li key={milestone.id} className={milestone.completedAt ? 'milestone is-done' : 'milestone'}>
              <span className="milestone-title">{milestone.title}</span>
              <span className="milestone-meta">
                {milestone.dueDate
                  ? t('initiative.due', { date: formatDate(milestone.dueDate, lang) })
                  : t('initiative.noDue')}
                {milestone.completedAt && (
                  <span className="mark mark-done">
                    {t('initiative.completedAt', {
                      date: formatDate(milestone.completedOn ?? milestone.completedAt, lang),
                    })}
                  </span>
                )}
                {milestone.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
