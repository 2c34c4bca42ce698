import {
  historyPageQuerySchema,
  historyPageSchema,
  initiativeDetailSchema,
  initiativeSchema,
  listQuerySchema,
  pageSchema,
} from '@civic/shared';
import type { ResponseCache } from '../http/response-cache.ts';
import { json, routeFor } from '../http/route.ts';
import { versionEtag } from '../http/version-precondition.ts';
import { initiativeParams } from './initiative-params.ts';
import type { InitiativesService } from './initiatives-service.ts';

export interface InitiativesRouteDeps {
  initiatives: InitiativesService;
  cache: ResponseCache;
}

const route = routeFor<InitiativesRouteDeps>();

export const initiativesRoutes = [
  route({
    method: 'get',
    path: '/api/initiatives',
    access: 'public',
    tag: 'initiatives',
    summary: 'List initiatives: filter by status, kind, owner, region, parent, text; sort; page.',
    query: listQuerySchema,
    responses: { 200: json('One page of initiatives and the total', pageSchema(initiativeSchema)) },
    async handle({ query, deps, req, res }) {
      await deps.cache.sendJson(req, res, () => deps.initiatives.list(query));
    },
  }),
  route({
    method: 'get',
    path: '/api/initiatives/:id',
    access: 'public',
    tag: 'initiatives',
    summary: 'One initiative with its parent, children, milestones, relations and source span.',
    params: initiativeParams,
    responses: {
      200: json(
        'The initiative; its ETag is its version and the local day its flags were judged on',
        initiativeDetailSchema,
      ),
    },
    async handle({ params, deps, res }) {
      // The day is read first: a midnight passing during the read gives an ETag that never matches again.
      const today = deps.initiatives.today();
      const detail = await deps.initiatives.get(params.id);
      // If-Match on a PATCH can carry the ETag; every write to the detail bumps the version.
      res.set('ETag', versionEtag(detail.version, today)).json(detail);
    },
  }),
  route({
    method: 'get',
    path: '/api/initiatives/:id/history',
    access: 'public',
    tag: 'initiatives',
    summary:
      'Recorded status changes of one initiative, newest first, a page at a time: pass nextCursor back as cursor for older ones.',
    params: initiativeParams,
    query: historyPageQuerySchema,
    responses: { 200: json('One page of the history', historyPageSchema) },
    async handle({ params, query, deps, res }) {
      res.json(await deps.initiatives.history(params.id, query));
    },
  }),
];
