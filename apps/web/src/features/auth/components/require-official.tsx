import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { QueryState } from '../../../components/page-states.tsx';
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
  return (
    <QueryState query={me}>
      {(user) =>
        user ? (
          children
        ) : (
          <div className="card">
            <p>{loginPrompt}</p>
            <Link className="button" to={loginHref(pathname)}>
              {t('officials.account.login')}
            </Link>
          </div>
        )
      }
    </QueryState>
  );
}
