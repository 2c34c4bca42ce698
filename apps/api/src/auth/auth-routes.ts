import { loginInputSchema, userSchema } from '@civic/shared';
import type { CookieOptions, Request } from 'express';
import { z } from 'zod';
import { json, problem, routeFor } from '../http/route.ts';
import type { AuthService } from './auth-service.ts';
import { readSessionCookie, sessionCookie } from './session-token.ts';

export interface AuthRouteDeps {
  auth: AuthService;
}

const route = routeFor<AuthRouteDeps>();

const cookieOptions = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  secure: req.secure,
});

const userResponse = z.object({ user: userSchema });

export const authRoutes = [
  route({
    method: 'post',
    path: '/api/auth/login',
    access: 'public',
    tag: 'auth',
    summary: 'Log in: sets the HttpOnly session cookie civic_session.',
    body: loginInputSchema,
    responses: {
      200: json('Logged in; the cookie holds the session', userResponse),
      401: problem('Wrong username or password (the same answer for either)'),
      429: problem('This username from this address, or this address, must wait; see Retry-After'),
      503: problem('The instance runs as many password checks as it allows; see Retry-After'),
    },
    async handle({ body, deps, req, res }) {
      res.set('Cache-Control', 'no-store');
      const { user, token } = await deps.auth.login(body, req.ip ?? 'unknown');
      res.cookie(sessionCookie, token, cookieOptions(req));
      res.json({ user });
    },
  }),
  route({
    method: 'post',
    path: '/api/auth/logout',
    access: 'signed_in',
    tag: 'auth',
    summary: 'Log out: ends the session and clears the cookie.',
    responses: { 204: { description: 'Logged out' } },
    async handle({ deps, req, res }) {
      await deps.auth.logout(readSessionCookie(req.headers.cookie));
      res.clearCookie(sessionCookie, cookieOptions(req));
      res.status(204).end();
    },
  }),
  route({
    method: 'get',
    path: '/api/auth/me',
    access: 'signed_in',
    tag: 'auth',
    summary: 'The logged-in user.',
    responses: { 200: json('The user of this session', userResponse) },
    handle({ user, res }) {
      res.set('Cache-Control', 'no-store');
      res.json({ user });
    },
  }),
];
