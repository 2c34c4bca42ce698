import { loginInputSchema, userSchema } from '@civic/shared';
import { z } from 'zod';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

const userResponse = z.object({ user: userSchema });

export const authDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Log in: sets the HttpOnly session cookie civic_session.',
    body: loginInputSchema,
    responses: {
      200: { description: 'Logged in; the cookie holds the session', schema: userResponse },
      400: problemResponse('The body is invalid'),
      401: problemResponse('Wrong username or password (the same answer for either)'),
      403: problemResponse('Sent from another origin'),
      429: problemResponse('Too many failed logins; see Retry-After'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'Log out: ends the session and clears the cookie.',
    auth: 'official',
    responses: {
      204: { description: 'Logged out' },
      401: problemResponse('No live session'),
      403: problemResponse('Sent from another origin'),
    },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'The logged-in user.',
    auth: 'official',
    responses: {
      200: { description: 'The user of this session', schema: userResponse },
      401: problemResponse('No live session'),
    },
  },
];
