import { feedQuerySchema, siteFeedQuerySchema } from '@civic/shared';
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
    summary:
      'Atom 1.0 feed of the 50 newest status changes and independent assessments, titled in `lang` (ru when absent). ' +
      'Takes the filters of GET /api/initiatives (status, kind, owner, region, parent, q, overdue, stale, assessment; ' +
      'no sort or page) with the same meaning: the feed then holds the changes of exactly the initiatives that list shows, ' +
      'its title says how many filters are set ("… — 3 filters"), its id names the filters and its alternate link is the filtered list. ' +
      'Entry links open the initiative page in `lang`.',
    query: siteFeedQuerySchema,
    responses: { 200: atomFeed },
    async handle({ query, deps, req, res }) {
      const xml = await deps.feeds.latest(publicBase(req, deps.publicUrl), query);
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
