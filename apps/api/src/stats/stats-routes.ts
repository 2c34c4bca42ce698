import { ownersListSchema, statsSchema } from '@civic/shared';
import type { ResponseCache } from '../http/response-cache.ts';
import { json, noQuery, routeFor } from '../http/route.ts';
import type { StatsService } from './stats-service.ts';

export interface StatsRouteDeps {
  stats: StatsService;
  cache: ResponseCache;
}

const route = routeFor<StatsRouteDeps>();

export const statsRoutes = [
  route({
    method: 'get',
    path: '/api/stats',
    access: 'public',
    tag: 'stats',
    summary:
      'Counts by status, kind and owner; mean progress; overdue and stale; activity, status and mean progress over time.',
    responses: { 200: json('The figures', statsSchema) },
    async handle({ deps, req, res }) {
      await deps.cache.sendJson(req, res, () => deps.stats.get());
    },
  }),
  route({
    method: 'get',
    path: '/api/owners',
    access: 'public',
    tag: 'stats',
    summary:
      'Every responsible body an initiative may name as its owner, with how many initiatives do (0 for none): most first, then by id.',
    query: noQuery,
    responses: { 200: json('The owners', ownersListSchema) },
    async handle({ deps, req, res }) {
      await deps.cache.sendJson(req, res, () => deps.stats.owners());
    },
  }),
];
