import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { type AppDeps, createApp } from '../src/app.ts';
import { openSqlite, type Store } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { listen } from '../src/server.ts';
import { jsonHeaders } from './auth-helpers.ts';
import { openPostgresTestStore, type TestStoreOptions } from './postgres-test-store.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes and assert on them.
export type Json = any;

/** Requests to one running API over real HTTP: a test app's, or a spawned process's (see `httpClient`). */
export interface HttpClient {
  /** GET/POST/... against the running server, over real HTTP. */
  fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  /** GET and read the JSON body. */
  json(pathAndQuery: string): Promise<Json>;
}

/** A client of the API listening at `url`. */
export const httpClient = (url: string): HttpClient => ({
  fetch: (pathAndQuery, init) => fetch(`${url}${pathAndQuery}`, init),
  json: async (pathAndQuery) => (await fetch(`${url}${pathAndQuery}`)).json(),
});

export interface TestApp extends HttpClient {
  url: string;
  store: Store;
  dataDir: string;
  close(): Promise<void>;
  /** Stops this server only, leaving the store open for another app on it. */
  closeServer(): Promise<void>;
}

export function tempDir(prefix = 'civic-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** An empty store of the engine this suite runs on: TEST_STORE (see vitest.config.ts), SQLite by default. */
export async function openTestStore(dataDir = tempDir(), options: TestStoreOptions = {}): Promise<Store> {
  const kind = process.env.TEST_STORE ?? 'sqlite';
  if (kind === 'sqlite') return openSqlite(path.join(dataDir, 'civic-monitor.db'), options.waitTimeoutMs);
  if (kind === 'postgres') return openPostgresTestStore(options);
  throw new Error(`Unknown TEST_STORE "${kind}"`);
}

/** A migrated, seeded store in a fresh temp folder (or fresh database). */
export async function createSeededStore(
  dataDir = tempDir(),
  now = new Date(),
  options: TestStoreOptions = {},
): Promise<Store> {
  const store = await openTestStore(dataDir, options);
  await migrateToLatest(store.db);
  await seed(store.db, now);
  return store;
}

/** Starts the real app on a free port of 127.0.0.1 against the given (or a fresh seeded) store. */
export async function startTestApp(options: Partial<AppDeps> & { dataDir?: string } = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? tempDir();
  const store = options.store ?? (await createSeededStore(dataDir));
  const app = createApp({ logger: pino({ level: 'silent' }), staleAfterDays: 30, ...options, store });
  const running = await listen(app, 0, '127.0.0.1');
  return {
    url: running.url,
    store,
    dataDir,
    ...httpClient(running.url),
    close: async () => {
      await running.close();
      await store.close();
    },
    closeServer: () => running.close(),
  };
}

/** The version the initiative is at now, as any reader gets it. */
export async function readVersion(api: HttpClient, id: string): Promise<number> {
  return (await api.json(`/api/initiatives/${id}`)).version;
}

/**
 * A PATCH of the initiative as the status form sends it, by the holder of `cookie` (see loginAs): at
 * the version `change` names, else at the one the initiative is at now. `headers` are added, e.g. If-Match.
 */
export async function updateInitiative(
  api: HttpClient,
  cookie: string,
  id: string,
  change: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = 'version' in change ? change : { version: await readVersion(api, id), ...change };
  return api.fetch(`/api/initiatives/${id}`, {
    method: 'PATCH',
    headers: jsonHeaders(cookie, headers),
    body: JSON.stringify(body),
  });
}
