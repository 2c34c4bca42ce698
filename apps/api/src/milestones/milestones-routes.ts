import { milestoneInputSchema, milestonePatchSchema, milestoneSchema } from '@civic/shared';
import { json, pathId, routeFor } from '../http/route.ts';
import { initiativeParams } from '../initiatives/initiative-params.ts';
import type { MilestonesService } from './milestones-service.ts';

export interface MilestonesRouteDeps {
  milestones: MilestonesService;
}

const route = routeFor<MilestonesRouteDeps>();

export const milestonesRoutes = [
  route({
    method: 'post',
    path: '/api/initiatives/:id/milestones',
    access: 'official',
    tag: 'milestones',
    summary: 'Add a milestone with an optional due date.',
    params: initiativeParams,
    body: milestoneInputSchema,
    responses: { 201: json('The new milestone', milestoneSchema) },
    async handle({ params, body, deps, res }) {
      res.status(201).json(await deps.milestones.add(params.id, body));
    },
  }),
  route({
    method: 'patch',
    path: '/api/initiatives/:id/milestones/:milestoneId',
    access: 'official',
    tag: 'milestones',
    summary:
      'Edit a milestone, or complete it: completed: true or completedOn (a local day, default today, not after it) sets completedAt and completedOn.',
    params: initiativeParams.extend({ milestoneId: pathId('milestone') }),
    body: milestonePatchSchema,
    responses: { 200: json('The milestone as it now stands', milestoneSchema) },
    async handle({ params, body, deps, res }) {
      res.json(await deps.milestones.update(params.id, params.milestoneId, body));
    },
  }),
];
