import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { useIsMonitor, useIsOfficial } from '../../features/auth/api/get-me.ts';
import { InitiativeExports } from '../../features/export/components/initiative-exports.tsx';
import { useInitiative } from '../../features/initiative/api/get-initiative.ts';
import InitiativePage from '../../features/initiative/components/initiative-page.tsx';
import { useRefreshInitiative } from './refresh-initiative.ts';

// Visitors never download the editing tools (nor the validation schemas they bring).
const OfficialTools = lazy(() => import('./official-tools.tsx'));
const MonitorTools = lazy(() => import('./monitor-tools.tsx'));

/**
 * Composes the initiative page. Other features slot in here without the page importing them:
 * `actions` (e.g. Export CSV, Subscribe links) and `aside` (e.g. an official's "Update status" form).
 */
export default function InitiativeRoute() {
  const { id = '' } = useParams();
  const official = useIsOfficial();
  const monitor = useIsMonitor();
  const detail = useInitiative(id).data;
  const refresh = useRefreshInitiative(id);
  const tools =
    detail && official ? (
      <OfficialTools key={detail.id} initiative={detail} onChanged={refresh} />
    ) : detail && monitor ? (
      <MonitorTools key={detail.id} initiative={detail} onChanged={refresh} />
    ) : null;
  const aside = tools ? <Suspense fallback={null}>{tools}</Suspense> : null;
  return <InitiativePage id={id} actions={<InitiativeExports initiativeId={id} />} aside={aside} />;
}
