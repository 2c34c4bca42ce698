import { loginInputSchema } from '@civic/shared';
import { type CookieOptions, type Request, Router } from 'express';
import { parseInput } from '../http/validate.ts';
import { type AuthGuard, currentUser } from './auth-guard.ts';
import { type AuthService, TooManyRequestsError } from './auth-service.ts';
import { readSessionCookie, sessionCookie } from './session-token.ts';

const cookieOptions = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  secure: req.secure,
});

export function authRoutes(service: AuthService, guard: AuthGuard): Router {
  const router = Router();

  router.post('/auth/login', async (req, res) => {
    const input = parseInput(loginInputSchema, req.body, 'body');
    res.set('Cache-Control', 'no-store');
    try {
      const { user, token } = await service.login(input, req.ip ?? 'unknown');
      res.cookie(sessionCookie, token, cookieOptions(req));
      res.json({ user });
    } catch (err) {
      if (err instanceof TooManyRequestsError) res.set('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  });

  router.post('/auth/logout', guard.require('official'), async (req, res) => {
    await service.logout(readSessionCookie(req.headers.cookie));
    res.clearCookie(sessionCookie, cookieOptions(req));
    res.status(204).end();
  });

  router.get('/auth/me', guard.require('official'), (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({ user: currentUser(res) });
  });

  return router;
}
