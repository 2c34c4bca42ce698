import { defaultTimeZone } from '@civic/shared';
import type { Logger } from 'pino';
import { createAssessmentsRepository } from './assessments/assessments-repository.ts';
import { createAssessmentsService } from './assessments/assessments-service.ts';
import { createAuthService } from './auth/auth-service.ts';
import { createLoginAttemptsRepository } from './auth/login-attempts-repository.ts';
import type { PasswordChecks } from './auth/password-checks.ts';
import { createSessionsRepository } from './auth/sessions-repository.ts';
import type { Store } from './db/connect.ts';
import { createDataGeneration } from './db/data-generation.ts';
import { createExportService } from './export/export-service.ts';
import { createHistoryRepository } from './export/history-repository.ts';
import { createDownloads, type DownloadLimits } from './export/http-download.ts';
import { createInitiativesCsvRepository } from './export/initiatives-csv-repository.ts';
import { createOpenDataRepository } from './export/open-data-repository.ts';
import { createFeedsService } from './feeds/feeds-service.ts';
import type { Readiness } from './health/health-routes.ts';
import { createResponseCache } from './http/response-cache.ts';
import { createExtractionPool } from './imports/extraction-pool.ts';
import { createImportConfirm } from './imports/import-confirm.ts';
import { createImportsRepository } from './imports/imports-repository.ts';
import { createImportsService } from './imports/imports-service.ts';
import { createInitiativesRepository } from './initiatives/initiatives-repository.ts';
import { createInitiativesService } from './initiatives/initiatives-service.ts';
import { createInitiativesWriteRepository } from './initiatives/initiatives-write-repository.ts';
import { createInitiativesWriteService } from './initiatives/initiatives-write-service.ts';
import { keptOwnerNames } from './initiatives/owner-names.ts';
import { createMilestonesRepository } from './milestones/milestones-repository.ts';
import { createMilestonesService } from './milestones/milestones-service.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import type { RouteDeps } from './routes.ts';
import { routeTable } from './routes.ts';
import { createSourcesRepository } from './sources/sources-repository.ts';
import { createSpreadsheetsRepository } from './spreadsheets/spreadsheets-repository.ts';
import { createSpreadsheetsService } from './spreadsheets/spreadsheets-service.ts';
import { createStatsRepository } from './stats/stats-repository.ts';
import { createStatsService } from './stats/stats-service.ts';
import { createUsersRepository } from './users/users-repository.ts';
import { createUsersService } from './users/users-service.ts';

export interface AppDeps {
  store: Store;
  logger: Logger;
  staleAfterDays: number;
  /** IANA zone the days follow; Asia/Almaty when absent. */
  timeZone?: string;
  /** Built web app to serve; none in API-only tests. */
  webDist?: string | undefined;
  /** Absolute base URL for links in exports and feeds; defaults to the request's own origin. */
  publicUrl?: string | undefined;
  trustProxy?: string | boolean;
  readiness?: Readiness;
  now?: () => Date;
  /** How long a session lasts; 12 hours when absent. */
  sessionTtlMs?: number;
  /** Concurrent exports and the stall cut; 4 and 30 s when absent (EXPORT_MAX_CONCURRENT, EXPORT_STALL_TIMEOUT_MS). */
  downloadLimits?: DownloadLimits;
  /** The instance's cap on concurrent password checks; 4 at once and 32 waiting when absent. */
  passwordChecks?: PasswordChecks;
}

export const defaultDownloadLimits: DownloadLimits = { maxConcurrent: 4, stallTimeoutMs: 30_000 };

const apiVersion = '1.0.0';

/** `make()`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * The composition root: builds every repository and service once, on the store's pool, and returns
 * what the route table's handlers use. No domain folder builds another's.
 */
export function composeServices(deps: AppDeps): RouteDeps {
  const { store } = deps;
  const db = store.db;
  const clock = {
    now: deps.now ?? (() => new Date()),
    staleAfterDays: deps.staleAfterDays,
    timeZone: deps.timeZone ?? defaultTimeZone,
  };

  const repositories = {
    initiatives: createInitiativesRepository(db),
    initiativesCsv: createInitiativesCsvRepository(db, store.readArrays),
    initiativesWrite: createInitiativesWriteRepository(db),
    milestones: createMilestonesRepository(db),
    assessments: createAssessmentsRepository(db),
    users: createUsersRepository(db),
    sessions: createSessionsRepository(db),
    attempts: createLoginAttemptsRepository(db),
    history: createHistoryRepository(db),
    sources: createSourcesRepository(db),
    stats: createStatsRepository(db),
    openData: createOpenDataRepository(db),
    spreadsheets: createSpreadsheetsRepository(db),
    imports: createImportsRepository(db),
  };

  const generation = createDataGeneration(db, store.immediateGeneration);
  const ownerNames = keptOwnerNames(repositories.initiatives.ownerNames, generation);
  const initiatives = createInitiativesService(repositories.initiatives, clock);
  const initiativesWrite = createInitiativesWriteService(repositories.initiativesWrite, initiatives, clock);
  return {
    auth: createAuthService(repositories, { now: clock.now, sessionTtlMs: deps.sessionTtlMs }, deps.passwordChecks),
    users: createUsersService(repositories.users, clock.now),
    initiatives,
    initiativesWrite,
    spreadsheets: createSpreadsheetsService(repositories, initiativesWrite, clock),
    milestones: createMilestonesService(repositories.milestones, clock),
    assessments: createAssessmentsService(repositories.assessments, initiatives, clock),
    stats: createStatsService(repositories.stats, clock),
    sources: repositories.sources,
    imports: createImportsService(repositories.imports, repositories.sources, createExtractionPool(), clock.now),
    importConfirm: createImportConfirm(repositories.imports, clock.now),
    exports: createExportService(repositories, clock, ownerNames),
    downloads: createDownloads(deps.downloadLimits ?? defaultDownloadLimits),
    feeds: createFeedsService(repositories, clock, ownerNames),
    cache: createResponseCache({
      generation,
      immediateGeneration: store.immediateGeneration,
      now: clock.now,
      timeZone: clock.timeZone,
    }),
    publicUrl: deps.publicUrl,
    store,
    readiness: deps.readiness ?? { accepting: true },
    openApiDocument: once(() => buildOpenApiDocument(routeTable, apiVersion)),
  };
}
