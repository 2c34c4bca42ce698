import type { Role, User } from '@civic/shared';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../errors/app-error.ts';
import type { Authorize } from '../http/mount-routes.ts';
import type { SignedInAccess } from '../http/route.ts';
import type { AuthService } from './auth-service.ts';
import { readSessionCookie } from './session-token.ts';

/**
 * The routes each role may call, by the access a route declares. An admin may do everything an
 * official may; a monitor (an independent assessor) only what is declared for monitors, and an
 * official or admin never that: the assessment is independent of those it judges. Routes every
 * logged-in user may call (log out, who am I) declare 'signed_in'.
 */
const grants: Record<Role, readonly Role[]> = {
  official: ['official'],
  admin: ['admin', 'official'],
  monitor: ['monitor'],
};

const mayCall = (held: Role, needed: SignedInAccess): boolean =>
  needed === 'signed_in' || grants[held].includes(needed);

/** The guard the route table's mount loop calls for every route that is not public. */
export function createAuthorize(service: AuthService): Authorize {
  return async (req: Request, access: SignedInAccess): Promise<User> => {
    const user = await service.authenticate(readSessionCookie(req.headers.cookie));
    if (!user) throw unauthorized();
    if (!mayCall(user.role, access)) throw forbidden(`This needs the ${access} role.`);
    return user;
  };
}
