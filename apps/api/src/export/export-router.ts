import type { Router } from 'express';
import type { Kysely } from 'kysely';
import type { Store } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { createInitiativesRepository } from '../initiatives/initiatives-repository.ts';
import type { ClockSettings } from '../initiatives/initiatives-service.ts';
import { createSourcesRepository } from '../sources/sources-repository.ts';
import { exportRoutes } from './export-routes.ts';
import { createExportService } from './export-service.ts';
import { createHistoryRepository } from './history-repository.ts';
import { createOpenDataRepository } from './open-data-repository.ts';

const repositoriesOn = (db: Kysely<Database>) => ({
  initiatives: createInitiativesRepository(db),
  history: createHistoryRepository(db),
  sources: createSourcesRepository(db),
  openData: createOpenDataRepository(db),
});

/** The export routes, each export reading through a connection of its own (see Store.reader). */
export function createExportRouter(store: Store, clock: ClockSettings, publicUrl: string | undefined): Router {
  const openRepositories = async () => {
    const reader = await store.reader();
    return { repositories: repositoriesOn(reader.db), release: reader.release };
  };
  return exportRoutes(createExportService(openRepositories, clock), publicUrl);
}
