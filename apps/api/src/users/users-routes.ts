import { newUserInputSchema, problemTypes, userSchema } from '@civic/shared';
import { z } from 'zod';
import { json, pathId, problem, routeFor } from '../http/route.ts';
import type { UsersService } from './users-service.ts';

export interface UsersRouteDeps {
  users: UsersService;
}

const route = routeFor<UsersRouteDeps>();

export const usersRoutes = [
  route({
    method: 'get',
    path: '/api/admin/users',
    access: 'admin',
    tag: 'admin',
    summary: 'Every user account (never a password hash).',
    responses: { 200: json('The users', z.object({ items: z.array(userSchema) })) },
    async handle({ deps, res }) {
      res.set('Cache-Control', 'no-store');
      res.json({ items: await deps.users.list() });
    },
  }),
  route({
    method: 'post',
    path: '/api/admin/users',
    access: 'admin',
    tag: 'admin',
    summary:
      'Create an account with an initial password that meets the policy (at least 12 characters); the display name is shown in public, the username never.',
    body: newUserInputSchema,
    responses: {
      201: json('The new user', userSchema),
      409: problem('The username is taken', undefined, [problemTypes.alreadyExists]),
    },
    async handle({ body, deps, res }) {
      const user = await deps.users.create(body);
      res.status(201).set('Cache-Control', 'no-store').json(user);
    },
  }),
  route({
    method: 'post',
    path: '/api/admin/users/:id/disable',
    access: 'admin',
    tag: 'admin',
    summary: 'Disable a user: they can no longer log in and their sessions end at once.',
    params: z.object({ id: pathId('user') }),
    responses: {
      200: json('The disabled user', userSchema),
      409: problem('An admin cannot disable their own account', undefined, [problemTypes.stateConflict]),
    },
    async handle({ params, user, deps, res }) {
      res.json(await deps.users.disable(params.id, user));
    },
  }),
];
