import { feedQuerySchema } from '@civic/shared';
import { publicBase } from '../http/request-origin.ts';
import { file, routeFor } from '../http/route.ts';
import { initiativeParams } from '../initiatives/initiative-params.ts';
import type { FeedsService } from './feeds-service.ts';

export interface FeedsRouteDeps {
  feeds: FeedsService;
  /** Absolute base for links; the request's own origin when absent. */
  publicUrl: string | undefined;
}

const route = routeFor<FeedsRouteDeps>();

const atomType = 'application/atom+xml; charset=utf-8';
const atomFeed = file('The feed', 'application/atom+xml');

export const feedsRoutes = [
  route({
    method: 'get',
    path: '/api/feed.atom',
    access: 'public',
    tag: 'feeds',
    summary: 'Atom 1.0 feed of the 50 newest status changes of every initiative, titled in `lang` (ru when absent).',
    query: feedQuerySchema.pick({ lang: true }),
    responses: { 200: atomFeed },
    async handle({ query, deps, req, res }) {
      const xml = await deps.feeds.latest(publicBase(req, deps.publicUrl), query.lang);
      // no-cache with the ETag Express adds: feed readers revalidate cheaply and never miss a change.
      res.setHeader('Cache-Control', 'no-cache');
      res.type(atomType).send(xml);
    },
  }),
  route({
    method: 'get',
    path: '/api/initiatives/:id/feed.atom',
    access: 'public',
    tag: 'feeds',
    summary:
      'Atom 1.0 feed of one initiative\'s status changes in `lang` (ru when absent), newest first, 50 a page; rel="next" (RFC 5005) with cursor leads to older ones.',
    params: initiativeParams,
    query: feedQuerySchema,
    responses: { 200: atomFeed },
    async handle({ params, query, deps, req, res }) {
      const xml = await deps.feeds.forInitiative(params.id, publicBase(req, deps.publicUrl), query.lang, query.cursor);
      res.setHeader('Cache-Control', 'no-cache');
      res.type(atomType).send(xml);
    },
  }),
];
