import {
  createInitiativeInputSchema,
  detailsChangeInputSchema,
  initiativeDetailSchema,
  problemTypes,
  statusChangeInputSchema,
} from '@civic/shared';
import { json, problem, routeFor } from '../http/route.ts';
import { versionEtag } from '../http/version-precondition.ts';
import { initiativeParams } from './initiative-params.ts';
import type { InitiativesService } from './initiatives-service.ts';
import type { InitiativesWriteService } from './initiatives-write-service.ts';

export interface InitiativesWriteRouteDeps {
  initiativesWrite: InitiativesWriteService;
  initiatives: InitiativesService;
}

const route = routeFor<InitiativesWriteRouteDeps>();

export const initiativesWriteRoutes = [
  route({
    method: 'post',
    path: '/api/initiatives',
    access: 'admin',
    tag: 'initiatives',
    summary: 'Add an initiative, with a source quote that must stand verbatim in the document, or marked noSource.',
    body: createInitiativeInputSchema,
    responses: {
      201: json('The new initiative', initiativeDetailSchema),
      400: problem('A field is invalid, the owner or parent is unknown, or the quote is not in the document'),
      409: problem('The id is taken', undefined, [problemTypes.alreadyExists]),
    },
    async handle({ body, user, deps, res }) {
      const detail = await deps.initiativesWrite.create(body, user);
      const etag = versionEtag(detail.version, deps.initiativesWrite.today());
      res.status(201).location(`/api/initiatives/${detail.id}`).set('ETag', etag).json(detail);
    },
  }),
  route({
    method: 'patch',
    path: '/api/initiatives/:id',
    access: 'official',
    tag: 'initiatives',
    summary:
      'Record a status change, progress, legislative stage, target date, or "verified, no change", with a note and optional evidence URL.',
    params: initiativeParams,
    body: statusChangeInputSchema,
    version: { noun: 'initiative', current: initiativeDetailSchema },
    assertExists: ({ params: { id }, deps }) => deps.initiatives.assertExists(id),
    responses: { 200: json('The initiative as it now stands; ETag carries the new version', initiativeDetailSchema) },
    async handle({ params, body, version, user, deps, res }) {
      const detail = await deps.initiativesWrite.update(params.id, body, version, user);
      res.set('ETag', versionEtag(detail.version, deps.initiativesWrite.today())).json(detail);
    },
  }),
  route({
    method: 'patch',
    path: '/api/initiatives/:id/details',
    access: 'official',
    tag: 'initiatives',
    summary:
      'Edit the descriptive fields (title, summary, owner, kind, region, parent) with a note; recorded in the history as details_change. The source quote is not editable.',
    params: initiativeParams,
    body: detailsChangeInputSchema,
    version: { noun: 'initiative', current: initiativeDetailSchema },
    assertExists: ({ params: { id }, deps }) => deps.initiatives.assertExists(id),
    responses: {
      200: json('The initiative as it now stands; ETag carries the new version', initiativeDetailSchema),
      400: problem('A field is invalid, the owner or parent is unknown, or the parent would close a cycle'),
    },
    async handle({ params, body, version, user, deps, res }) {
      const detail = await deps.initiativesWrite.editDetails(params.id, body, version, user);
      res.set('ETag', versionEtag(detail.version, deps.initiativesWrite.today())).json(detail);
    },
  }),
];
