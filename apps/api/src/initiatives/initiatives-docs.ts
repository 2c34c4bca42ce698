import {
  initiativeDetailSchema,
  initiativeSchema,
  listQuerySchema,
  pageSchema,
  statusChangeSchema,
} from '@civic/shared';
import { z } from 'zod';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const initiativesDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/initiatives',
    tag: 'initiatives',
    summary: 'List initiatives: filter by status, kind, owner, parent, text; sort; page.',
    query: listQuerySchema,
    responses: {
      200: { description: 'One page of initiatives and the total', schema: pageSchema(initiativeSchema) },
      400: problemResponse('A query parameter is invalid'),
    },
  },
  {
    method: 'get',
    path: '/api/initiatives/:id',
    tag: 'initiatives',
    summary: 'One initiative with its parent, children, milestones, relations and source span.',
    responses: {
      200: { description: 'The initiative', schema: initiativeDetailSchema },
      404: problemResponse('No such initiative'),
    },
  },
  {
    method: 'get',
    path: '/api/initiatives/:id/history',
    tag: 'initiatives',
    summary: 'Every recorded status change of one initiative, newest first.',
    responses: {
      200: { description: 'The history', schema: z.object({ items: z.array(statusChangeSchema) }) },
      404: problemResponse('No such initiative'),
    },
  },
];
