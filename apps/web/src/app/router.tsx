import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { mainSourceId } from '../lib/vocabulary.ts';
import { Layout } from './layout.tsx';

// Pages load on demand so that the first page costs only its own code.
const OverviewPage = lazy(() => import('../features/overview/components/overview-page.tsx'));
const InitiativesPage = lazy(() => import('../features/initiatives/components/initiatives-page.tsx'));
const InitiativeRoute = lazy(() => import('./routes/initiative-route.tsx'));
const SourcePage = lazy(() => import('../features/source/components/source-page.tsx'));
const NotFoundPage = lazy(() => import('./routes/not-found-page.tsx'));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<OverviewPage />} />
          <Route path="initiatives" element={<InitiativesPage />} />
          <Route path="initiatives/:id" element={<InitiativeRoute />} />
          <Route path="sources/:id" element={<SourcePage />} />
          <Route path="source" element={<Navigate to={`/sources/${mainSourceId}`} replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
