import { userSchema } from '@civic/shared';
import { z } from 'zod';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const usersDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/admin/users',
    tag: 'admin',
    summary: 'Every user account (never a password hash).',
    auth: 'admin',
    responses: {
      200: { description: 'The users', schema: z.object({ items: z.array(userSchema) }) },
      401: problemResponse('No live session'),
      403: problemResponse('Not an admin'),
    },
  },
  {
    method: 'post',
    path: '/api/admin/users/:id/disable',
    tag: 'admin',
    summary: 'Disable a user: they can no longer log in and their sessions end at once.',
    auth: 'admin',
    responses: {
      200: { description: 'The disabled user', schema: userSchema },
      401: problemResponse('No live session'),
      403: problemResponse('Not an admin, or sent from another origin'),
      404: problemResponse('No such user'),
      409: problemResponse('An admin cannot disable their own account'),
    },
  },
];
