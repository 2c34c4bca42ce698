import { milestoneInputSchema, milestonePatchSchema, milestoneSchema } from '@civic/shared';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const milestonesDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/initiatives/:id/milestones',
    tag: 'milestones',
    summary: 'Add a milestone with an optional due date.',
    auth: 'official',
    body: milestoneInputSchema,
    responses: {
      201: { description: 'The new milestone', schema: milestoneSchema },
      400: problemResponse('The body is invalid'),
      401: problemResponse('No live session'),
      403: problemResponse('Sent from another origin'),
      404: problemResponse('No such initiative'),
    },
  },
  {
    method: 'patch',
    path: '/api/initiatives/:id/milestones/:milestoneId',
    tag: 'milestones',
    summary: 'Edit a milestone, or complete it (completed: true sets completedAt).',
    auth: 'official',
    body: milestonePatchSchema,
    responses: {
      200: { description: 'The milestone as it now stands', schema: milestoneSchema },
      400: problemResponse('The body is invalid'),
      401: problemResponse('No live session'),
      403: problemResponse('Sent from another origin'),
      404: problemResponse('No such initiative or milestone'),
    },
  },
];
