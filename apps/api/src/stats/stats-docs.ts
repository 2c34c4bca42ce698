import { statsSchema } from '@civic/shared';
import type { RouteDoc } from '../openapi/route-doc.ts';

export const statsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/stats',
    tag: 'stats',
    summary: 'Counts by status, kind and owner; mean progress; overdue and stale; activity and status over time.',
    responses: { 200: { description: 'The figures', schema: statsSchema } },
  },
];
