import type { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createInitiativesRepository } from '../initiatives/initiatives-repository.ts';
import type { ClockSettings } from '../initiatives/initiatives-service.ts';
import { createSourcesRepository } from '../sources/sources-repository.ts';
import { exportRoutes } from './export-routes.ts';
import { createExportService } from './export-service.ts';
import { createHistoryRepository } from './history-repository.ts';
import { createOpenDataRepository } from './open-data-repository.ts';

/** The export routes wired to their repositories. */
export function createExportRouter(db: Kysely<Database>, clock: ClockSettings, publicUrl: string | undefined): Router {
  const repositories = {
    initiatives: createInitiativesRepository(db),
    history: createHistoryRepository(db),
    sources: createSourcesRepository(db),
    openData: createOpenDataRepository(db),
  };
  return exportRoutes(createExportService(repositories, clock), publicUrl);
}
