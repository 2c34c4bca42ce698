import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InitiativeListItem } from '../../../components/initiative-list-item.tsx';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { initiativeTitle } from '../../../lib/pick-text.ts';
import { useWorklist } from '../api/get-worklist.ts';

export interface MonitorPageProps {
  /** Whether the visitor is a logged-in monitor; anyone else is asked to log in as one. */
  isMonitor: boolean;
  loginLink: ReactNode;
}

/** A monitor's page: what their organisation has yet to assess, or should look at again. */
export function MonitorPage({ isMonitor, loginLink }: MonitorPageProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const worklist = useWorklist(isMonitor);
  return (
    <div className="page">
      <PageTitle title={t('assessment.worklist.title')} />
      <header className="page-header">
        <h1>{t('assessment.worklist.title')}</h1>
        <p className="lead">{t('assessment.worklist.intro')}</p>
      </header>
      {!isMonitor && (
        <div className="card">
          <p>{t('assessment.worklist.login')}</p>
          {loginLink}
        </div>
      )}
      {isMonitor && worklist.isPending && <LoadingState />}
      {worklist.isError && <ErrorState error={worklist.error} onRetry={() => void worklist.refetch()} />}
      {worklist.data && (
        <section className="card" aria-labelledby="worklist-heading">
          <h2 id="worklist-heading">
            {t('assessment.worklist.title')} ({worklist.data.items.length})
          </h2>
          {worklist.data.items.length === 0 && <p>{t('assessment.worklist.empty')}</p>}
          <ul className="initiative-list">
            {worklist.data.items.map((item) => (
              <InitiativeListItem
                key={item.id}
                id={item.id}
                title={initiativeTitle(item)}
                status={item.status}
                reason={
                  item.reason === 'not_assessed' || !item.statusChangedAt
                    ? t('assessment.worklist.notAssessed')
                    : t('assessment.worklist.statusChanged', { date: formatDate(item.statusChangedAt, lang) })
                }
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
