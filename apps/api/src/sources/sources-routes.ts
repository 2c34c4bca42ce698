import { initiativeCitationsSchema, sourceDocumentWithPassagesSchema, sourcesListSchema } from '@civic/shared';
import { z } from 'zod';
import { notFound } from '../errors/app-error.ts';
import { json, pathId, routeFor } from '../http/route.ts';
import { initiativeParams } from '../initiatives/initiative-params.ts';
import type { SourcesRepository } from './sources-repository.ts';

export interface SourcesRouteDeps {
  sources: SourcesRepository;
}

const route = routeFor<SourcesRouteDeps>();

export const sourcesRoutes = [
  route({
    method: 'get',
    path: '/api/sources',
    access: 'public',
    tag: 'sources',
    summary:
      'Every source document: title, publisher, its own date (null when it states none) and how many initiatives and status changes cite it.',
    responses: {
      200: json('The documents, the seeded article first, then in the order they were imported', sourcesListSchema),
    },
    async handle({ deps, res }) {
      res.json({ items: await deps.sources.list() });
    },
  }),
  route({
    method: 'get',
    path: '/api/sources/:id',
    access: 'public',
    tag: 'sources',
    summary:
      "A source document: its full text and every cited passage (code-point offsets): each initiative's originating quote and each status change's evidence.",
    params: z.object({ id: pathId('source document') }),
    responses: { 200: json('The document', sourceDocumentWithPassagesSchema) },
    async handle({ params, deps, res }) {
      const document = await deps.sources.findById(params.id);
      if (!document) throw notFound(`No source document with id "${params.id}".`);
      res.json({ ...document, passages: await deps.sources.passages(params.id) });
    },
  }),
  route({
    method: 'get',
    path: '/api/initiatives/:id/sources',
    access: 'public',
    tag: 'sources',
    summary:
      "Every source that cites an initiative, oldest first: its originating passage, then each status change's evidence passage (document, code-point offsets, verbatim quote).",
    params: initiativeParams,
    responses: { 200: json('The citations', initiativeCitationsSchema) },
    async handle({ params, deps, res }) {
      const items = await deps.sources.citations(params.id);
      if (!items) throw notFound(`No initiative with id "${params.id}".`);
      res.json({ items });
    },
  }),
];
