import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createInitiativesRepository } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, createInitiativesService } from '../initiatives/initiatives-service.ts';
import { initiativesWriteDocs } from '../initiatives/initiatives-write-docs.ts';
import { createInitiativesWriteRepository } from '../initiatives/initiatives-write-repository.ts';
import { initiativesWriteRoutes } from '../initiatives/initiatives-write-routes.ts';
import { createInitiativesWriteService } from '../initiatives/initiatives-write-service.ts';
import { milestonesDocs } from '../milestones/milestones-docs.ts';
import { createMilestonesRepository } from '../milestones/milestones-repository.ts';
import { milestonesRoutes } from '../milestones/milestones-routes.ts';
import { createMilestonesService } from '../milestones/milestones-service.ts';
import { usersDocs } from '../users/users-docs.ts';
import { createUsersRepository } from '../users/users-repository.ts';
import { usersRoutes } from '../users/users-routes.ts';
import { createUsersService } from '../users/users-service.ts';
import { authDocs } from './auth-docs.ts';
import { createAuthGuard } from './auth-guard.ts';
import { authRoutes } from './auth-routes.ts';
import { createAuthService } from './auth-service.ts';
import { createLoginAttemptsRepository } from './login-attempts-repository.ts';
import { createSessionsRepository } from './sessions-repository.ts';

export const officialsDocs = [...authDocs, ...usersDocs, ...initiativesWriteDocs, ...milestonesDocs];

/** Everything behind a login: sessions, user admin, initiative and milestone writes. */
export function createOfficialsRouter(db: Kysely<Database>, clock: ClockSettings, sessionTtlMs?: number): Router {
  const users = createUsersRepository(db);
  const auth = createAuthService(
    { users, sessions: createSessionsRepository(db), attempts: createLoginAttemptsRepository(db) },
    { now: clock.now, sessionTtlMs },
  );
  const guard = createAuthGuard(auth);
  const reader = createInitiativesService(createInitiativesRepository(db), clock);

  const router = Router();
  router.use(authRoutes(auth, guard));
  router.use(usersRoutes(createUsersService(users, clock.now), guard));
  router.use(
    initiativesWriteRoutes(createInitiativesWriteService(createInitiativesWriteRepository(db), reader, clock), guard),
  );
  router.use(milestonesRoutes(createMilestonesService(createMilestonesRepository(db), clock), guard));
  return router;
}
