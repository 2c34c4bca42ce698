import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { useMe } from '../api/get-me.ts';
import { loginHref } from '../safe-next.ts';

export interface RequireOfficialProps {
  /** Said to a visitor instead of the content, above a "Log in" link that comes back here. */
  loginPrompt: string;
  children: ReactNode;
}

/** Shows its content to a logged-in official; a visitor is asked to log in. */
export function RequireOfficial({ loginPrompt, children }: RequireOfficialProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return (
      <div className="card">
        <p>{loginPrompt}</p>
        <Link className="button" to={loginHref(pathname)}>
          {t('officials.account.login')}
        </Link>
      </div>
    );
  }
  return children;
}
