import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title.tsx';
import { AccountsPanel } from '../../features/accounts/components/accounts-panel.tsx';
import { useMe } from '../../features/auth/api/get-me.ts';
import { RequireOfficial } from '../../features/auth/components/require-official.tsx';
import { CreateInitiativeForm } from '../../features/initiative-edit/components/create-initiative-form.tsx';
import { useRefreshLists } from './refresh-initiative.ts';

/** The admin's page: a new initiative, and the accounts that may log in. */
export default function AdminRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  const refreshLists = useRefreshLists();
  return (
    <>
      <PageTitle title={t('admin.title')} />
      <h1>{t('admin.title')}</h1>
      <RequireOfficial loginPrompt={t('admin.loginFirst')}>
        {me?.role === 'admin' ? (
          <div className="admin-page">
            <CreateInitiativeForm onCreated={refreshLists} />
            <div className="admin-column">
              <AccountsPanel me={me} />
            </div>
          </div>
        ) : (
          <p className="card">{t('admin.onlyAdmins')}</p>
        )}
      </RequireOfficial>
    </>
  );
}
