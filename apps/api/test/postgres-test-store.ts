import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, openSqlite, type Store } from '../src/db/connect.ts';
import { PostgresDialectPlugin } from '../src/db/dialect.ts';
import type { Database } from '../src/db/schema.ts';
import { adminUrl as configuredAdminUrl, serverAnswers } from './test-projects.ts';

/** Which PostgreSQL the suite runs on: a real server when one answers, otherwise PGlite in-process. */
export type PostgresTarget = { kind: 'server'; adminUrl: string; runId: string } | { kind: 'pglite' };

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTarget: PostgresTarget;
  }
}

// Small pools: many test files run at once against one server with a limited max_connections.
const poolSize = 4;

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let probed: Promise<PostgresTarget> | undefined;

export function postgresTarget(): Promise<PostgresTarget> {
  let provided: PostgresTarget | undefined;
  try {
    provided = inject('postgresTarget');
  } catch {
    provided = undefined;
  }
  if (provided) return Promise.resolve(provided);
  probed ??= (async () => {
    const adminUrl = configuredAdminUrl();
    const runId = randomBytes(4).toString('hex');
    return (await serverAnswers(adminUrl)) ? { kind: 'server', adminUrl, runId } : { kind: 'pglite' };
  })();
  return probed;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** How to open a second, independent connection to the same data: another instance of the API. */
const reopeners = new WeakMap<Store, () => Store>();

export function openAnotherConnection(store: Store): Store {
  const reopen = reopeners.get(store);
  if (reopen) return reopen();
  if (store.kind === 'sqlite') return openSqlite(store.description.slice('sqlite:'.length));
  throw new Error(`No second connection known for ${store.description}`);
}

/** The connection string of a test store on the PostgreSQL server, for commands run as child processes. */
const urls = new WeakMap<Store, string>();
export function serverUrlOf(store: Store): string | undefined {
  return urls.get(store);
}

export interface TestStoreOptions {
  /** Server only: connections in the pool (4 when absent). */
  poolSize?: number;
  /** Server only: how long a query waits for a free connection (see openPostgres). */
  waitTimeoutMs?: number;
}

/** A fresh, empty PostgreSQL database: a new database on the server, or a new in-memory PGlite. */
export async function openPostgresTestStore(options: TestStoreOptions = {}): Promise<Store> {
  const target = await postgresTarget();
  if (target.kind === 'server') {
    const name = `civic_test_${target.runId}_${randomBytes(6).toString('hex')}`;
    // A Russian locale collation, as a portal's server would have: sorting must not depend on it.
    await adminQuery(
      target.adminUrl,
      `create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'ru-KZ' locale 'C.UTF-8'`,
    ).catch(() => adminQuery(target.adminUrl, `create database ${name}`));
    const url = databaseUrl(target.adminUrl, name);
    const open = () => openPostgres(url, options.poolSize ?? poolSize, options.waitTimeoutMs);
    const inner = open();
    const store: Store = {
      ...inner,
      close: async () => {
        await inner.close();
        await adminQuery(target.adminUrl, `drop database if exists ${name} with (force)`);
      },
    };
    urls.set(store, url);
    reopeners.set(store, open);
    return store;
  }
  const pglite = new PGlite({ parsers: { 20: Number, 1700: Number } });
  const open = (close: () => Promise<void>): Store => {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), plugins: [new PostgresDialectPlugin()] });
    return { db, kind: 'postgres', description: 'postgres:pglite (in-process)', close };
  };
  const store = open(async () => {
    await store.db.destroy();
  });
  // A second Kysely over the same PGlite: closing it must leave the shared database open.
  reopeners.set(store, () => open(async () => undefined));
  return store;
}
