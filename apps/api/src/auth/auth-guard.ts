import type { Role, User } from '@civic/shared';
import type { RequestHandler, Response } from 'express';
import { forbidden, unauthorized } from '../errors/app-error.ts';
import type { AuthService } from './auth-service.ts';
import { readSessionCookie } from './session-token.ts';

/** Admins may do everything an official may. */
const allows = (held: Role, needed: Role) => held === 'admin' || held === needed;

export function createAuthGuard(service: AuthService) {
  return {
    /** Lets the request through only with a live session of a user holding the role: 401 without one, 403 with too low a role. */
    require(role: Role): RequestHandler {
      return async (req, res, next) => {
        const user = await service.authenticate(readSessionCookie(req.headers.cookie));
        if (!user) throw unauthorized();
        if (!allows(user.role, role)) throw forbidden(`This needs the ${role} role.`);
        res.locals.user = user;
        next();
      };
    },
  };
}

export type AuthGuard = ReturnType<typeof createAuthGuard>;

/** The user the guard let through. */
export function currentUser(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw unauthorized();
  return user;
}
