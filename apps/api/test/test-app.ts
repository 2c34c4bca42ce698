import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { type AppDeps, createApp } from '../src/app.ts';
import { openSqlite, type Store } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { listen } from '../src/server.ts';
import { openPostgresTestStore, type TestStoreOptions } from './postgres-test-store.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes and assert on them.
export type Json = any;

export interface TestApp {
  url: string;
  store: Store;
  dataDir: string;
  /** GET/POST/... against the running server, over real HTTP. */
  fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  /** GET and read the JSON body. */
  json(pathAndQuery: string): Promise<Json>;
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
    fetch: (pathAndQuery, init) => fetch(`${running.url}${pathAndQuery}`, init),
    json: async (pathAndQuery) => (await fetch(`${running.url}${pathAndQuery}`)).json(),
    close: async () => {
      await running.close();
      await store.close();
    },
    closeServer: () => running.close(),
  };
}
