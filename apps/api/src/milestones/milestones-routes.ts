import { milestoneInputSchema, milestonePatchSchema, milestoneSchema } from '@civic/shared';
import { json, pathId, routeFor } from '../http/route.ts';
import { versionEtag } from '../http/version-precondition.ts';
import { initiativeParams } from '../initiatives/initiative-params.ts';
import type { MilestonesService } from './milestones-service.ts';

export interface MilestonesRouteDeps {
  milestones: MilestonesService;
}

const route = routeFor<MilestonesRouteDeps>();

const milestoneParams = initiativeParams.extend({ milestoneId: pathId('milestone') });

export const milestonesRoutes = [
  route({
    method: 'post',
    path: '/api/initiatives/:id/milestones',
    access: 'official',
    tag: 'milestones',
    summary: 'Add a milestone with an optional due date; the ETag carries its version.',
    params: initiativeParams,
    body: milestoneInputSchema,
    responses: { 201: json('The new milestone', milestoneSchema) },
    async handle({ params, body, user, deps, res }) {
      const today = deps.milestones.today();
      const milestone = await deps.milestones.add(params.id, body, user);
      res.status(201).set('ETag', versionEtag(milestone.version, today)).json(milestone);
    },
  }),
  route({
    method: 'patch',
    path: '/api/initiatives/:id/milestones/:milestoneId',
    access: 'official',
    tag: 'milestones',
    summary:
      'Edit a milestone, or complete it: completed: true or completedOn (a local day, default today, not after it) sets completedAt and completedOn.',
    params: milestoneParams,
    body: milestonePatchSchema,
    version: { noun: 'milestone', current: milestoneSchema },
    assertExists: ({ params: { id, milestoneId }, deps }) => deps.milestones.assertExists(id, milestoneId),
    responses: { 200: json('The milestone as it now stands; ETag carries the new version', milestoneSchema) },
    async handle({ params, body, version, user, deps, res }) {
      const today = deps.milestones.today();
      const milestone = await deps.milestones.update(params.id, params.milestoneId, body, version, user);
      res.set('ETag', versionEtag(milestone.version, today)).json(milestone);
    },
  }),
  route({
    method: 'delete',
    path: '/api/initiatives/:id/milestones/:milestoneId',
    access: 'official',
    tag: 'milestones',
    summary: 'Remove a milestone; the history keeps what it was.',
    params: milestoneParams,
    version: { noun: 'milestone', current: milestoneSchema, from: 'if-match' },
    assertExists: ({ params: { id, milestoneId }, deps }) => deps.milestones.assertExists(id, milestoneId),
    responses: { 204: { description: 'Removed' } },
    async handle({ params, version, user, deps, res }) {
      await deps.milestones.remove(params.id, params.milestoneId, version, user);
      res.status(204).end();
    },
  }),
];
