import type { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createHistoryRepository } from '../export/history-repository.ts';
import { createInitiativesRepository } from '../initiatives/initiatives-repository.ts';
import type { ClockSettings } from '../initiatives/initiatives-service.ts';
import { feedsRoutes } from './feeds-routes.ts';
import { createFeedsService } from './feeds-service.ts';

/** The Atom feed routes wired to their repositories. */
export function createFeedsRouter(db: Kysely<Database>, clock: ClockSettings, publicUrl: string | undefined): Router {
  const repositories = { history: createHistoryRepository(db), initiatives: createInitiativesRepository(db) };
  return feedsRoutes(createFeedsService(repositories, clock), publicUrl);
}
