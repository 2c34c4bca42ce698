import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '../api/get-me.ts';
import { useLogout } from '../api/logout.ts';
import { loginHref } from '../safe-next.ts';
import '../auth.css';

/** The header's account corner: "Log in" for visitors; the user's name, "Attention" (a monitor: "To assess"), "Administration" for an admin, and "Log out". */
export default function AccountMenu() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const me = useMe();
  const logout = useLogout();

  if (me.isPending) return null;
  if (!me.data) {
    if (pathname === '/login') return null;
    return (
      <Link className="account-link" to={loginHref(`${pathname}${search}`)}>
        {t('officials.account.login')}
      </Link>
    );
  }
  return (
    <div className="account-menu">
      {me.data.role === 'monitor' ? (
        <NavLink className="account-link" to="/monitor">
          {t('assessment.worklist.link')}
        </NavLink>
      ) : (
        <NavLink className="account-link" to="/attention">
          {t('officials.account.attention')}
        </NavLink>
      )}
      {me.data.role === 'admin' && (
        <NavLink className="account-link" to="/admin">
          {t('officials.account.admin')}
        </NavLink>
      )}
      <span className="account-name" title={me.data.displayName}>
        {me.data.displayName}
      </span>
      <button type="button" className="account-logout" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {t('officials.account.logout')}
      </button>
    </div>
  );
}
