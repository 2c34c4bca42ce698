import {
  assessmentInputSchema,
  assessmentRecordSchema,
  assessmentSchema,
  initiativeDetailSchema,
  worklistItemSchema,
} from '@civic/shared';
import { z } from 'zod';
import { json, noQuery, routeFor } from '../http/route.ts';
import { versionEtag } from '../http/version-precondition.ts';
import { initiativeParams } from '../initiatives/initiative-params.ts';
import type { InitiativesService } from '../initiatives/initiatives-service.ts';
import type { AssessmentsService } from './assessments-service.ts';

export interface AssessmentsRouteDeps {
  assessments: AssessmentsService;
  initiatives: InitiativesService;
}

const route = routeFor<AssessmentsRouteDeps>();

export const assessmentsRoutes = [
  route({
    method: 'post',
    path: '/api/initiatives/:id/assessments',
    access: 'monitor',
    tag: 'assessments',
    summary:
      "A monitor's independent assessment: rating on the scale, rationale, evidence links (unless cannot_assess) and as-of day; it supersedes the organisation's previous one.",
    params: initiativeParams,
    body: assessmentInputSchema,
    version: { noun: 'initiative', current: initiativeDetailSchema },
    assertExists: ({ params: { id }, deps }) => deps.initiatives.assertExists(id),
    responses: { 201: json("The assessment; ETag carries the initiative's new version", assessmentSchema) },
    async handle({ params, body, version, user, deps, res }) {
      const saved = await deps.assessments.add(params.id, body, version, user);
      res.status(201).set('ETag', versionEtag(saved.version, saved.today)).json(saved.assessment);
    },
  }),
  route({
    method: 'get',
    path: '/api/initiatives/:id/assessments',
    access: 'public',
    tag: 'assessments',
    summary: 'Every independent assessment of one initiative, newest first, superseded ones included.',
    params: initiativeParams,
    query: noQuery,
    responses: { 200: json('The assessment record', assessmentRecordSchema) },
    async handle({ params, deps, res }) {
      res.json(await deps.assessments.record(params.id));
    },
  }),
  route({
    method: 'get',
    path: '/api/monitor/worklist',
    access: 'monitor',
    tag: 'assessments',
    summary:
      "Initiatives the monitor's organisation has not assessed, or whose official status changed since its latest assessment.",
    query: noQuery,
    responses: { 200: json('What to assess next', z.object({ items: z.array(worklistItemSchema) })) },
    async handle({ user, deps, res }) {
      res.set('Cache-Control', 'no-store');
      res.json(await deps.assessments.worklist(user));
    },
  }),
];
