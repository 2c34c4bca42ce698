import { lazy } from 'react';

// Recharts loads after the figures and tables, in a chunk of its own.
export const HorizontalBars = lazy(() => import('./charts.tsx').then((m) => ({ default: m.HorizontalBars })));
export const StackedColumns = lazy(() => import('./charts.tsx').then((m) => ({ default: m.StackedColumns })));
