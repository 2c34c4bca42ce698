import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useIsMonitor, useMe } from '../../features/auth/api/get-me.ts';
import { loginHref } from '../../features/auth/safe-next.ts';
import { MonitorPage } from '../../features/monitor/components/monitor-page.tsx';

export default function MonitorRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  const isMonitor = useIsMonitor();
  const loginLink = me.data ? null : (
    <Link className="button" to={loginHref(pathname)}>
      {t('officials.account.login')}
    </Link>
  );
  return <MonitorPage isMonitor={isMonitor} loginLink={loginLink} />;
}
