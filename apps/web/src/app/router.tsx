import { type WebPagePath, webPageOf } from '@civic/shared/vocabulary';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { mainSourceId } from '../lib/main-source.ts';
import { Layout } from './layout.tsx';

// Pages load on demand so that the first page costs only its own code.
const OverviewRoute = lazy(() => import('./routes/overview-route.tsx'));
const InitiativesRoute = lazy(() => import('./routes/initiatives-route.tsx'));
const InitiativeRoute = lazy(() => import('./routes/initiative-route.tsx'));
const SourcePage = lazy(() => import('../features/source/components/source-page.tsx'));
const SourcesPage = lazy(() => import('../features/source/components/sources-page.tsx'));
const NotFoundPage = lazy(() => import('./routes/not-found-page.tsx'));
// The account corner loads beside the first page rather than inside its bundle.
const AccountMenu = lazy(() => import('../features/auth/components/account-menu.tsx'));
const LoginPage = lazy(() => import('../features/auth/components/login-page.tsx'));
const AttentionRoute = lazy(() => import('./routes/attention-route.tsx'));
const MonitorRoute = lazy(() => import('./routes/monitor-route.tsx'));
const SpreadsheetImportsRoute = lazy(() => import('./routes/spreadsheet-imports-route.tsx'));
const ImportsRoute = lazy(() => import('./routes/imports-route.tsx'));
const AdminRoute = lazy(() => import('./routes/admin-route.tsx'));
// Officials' entries of the main navigation load beside the page, as the account corner does.
const RoleNavLinks = lazy(() => import('../features/auth/components/role-nav-links.tsx'));

// The pages a visitor most often opens first, by the same imports as above: the browser keeps one copy of a module.
const firstPages: Partial<Record<WebPagePath, () => Promise<unknown>>> = {
  '/': () => import('./routes/overview-route.tsx'),
  '/initiatives': () => import('./routes/initiatives-route.tsx'),
  '/initiatives/:id': () => import('./routes/initiative-route.tsx'),
};

/**
 * Starts loading the code of the page at `pathname` while the app is still getting ready (its texts), so
 * that the first render finds the page's chunk on its way instead of asking for it only then.
 * A failed load is left to the page's own lazy import, which reports it.
 */
export function preloadPage(pathname: string): void {
  const page = webPageOf(pathname)?.page;
  const load = page && firstPages[page];
  load?.().catch(() => undefined);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          element={
            <Layout
              headerTools={
                <Suspense fallback={null}>
                  <AccountMenu />
                </Suspense>
              }
              roleLinks={
                <Suspense fallback={null}>
                  <RoleNavLinks />
                </Suspense>
              }
            />
          }
        >
          <Route index element={<OverviewRoute />} />
          <Route path="initiatives" element={<InitiativesRoute />} />
          <Route path="initiatives/:id" element={<InitiativeRoute />} />
          <Route path="sources" element={<SourcesPage />} />
          <Route path="sources/:id" element={<SourcePage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="attention" element={<AttentionRoute />} />
          <Route path="monitor" element={<MonitorRoute />} />
          <Route path="spreadsheet-imports" element={<SpreadsheetImportsRoute />} />
          <Route path="imports/new" element={<ImportsRoute page="new" />} />
          <Route path="imports/:id" element={<ImportsRoute page="review" />} />
          <Route path="admin" element={<AdminRoute />} />
          <Route path="source" element={<Navigate to={`/sources/${mainSourceId}`} replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
