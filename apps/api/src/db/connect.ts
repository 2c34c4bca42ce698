import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { type ArrayReader, postgresArrayReader, sqliteArrayReader } from './array-rows.ts';
import type { ImmediateGeneration } from './data-generation.ts';
import { ImmediateSqliteDialect, PostgresDialectPlugin, postgresTypeParsers } from './dialect.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';
import { isStoreBusy, StoreBusyError } from './store-busy.ts';

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: StoreKind;
  /** Where the data lives, without credentials. */
  description: string;
  /** Reads many rows as arrays (array-rows.ts); absent on stores that cannot, where Kysely's objects serve. */
  readArrays?: ArrayReader;
  /** Reads the data generation without a round-trip when it can (data-generation.ts); absent otherwise. */
  immediateGeneration?: ImmediateGeneration;
  close(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** SQLite only: the file name inside dataDir. */
  sqliteFile?: string;
  poolSize?: number;
  /**
   * How long a query waits for the store, in ms, before it fails with a busy error (503 over HTTP):
   * PostgreSQL's pool checkout (pg connectionTimeoutMillis), SQLite's busy_timeout. 5000 when absent.
   */
  waitTimeoutMs?: number;
}

export const defaultWaitTimeoutMs = 5000;

export async function openStore(options: StoreOptions): Promise<Store> {
  const waitTimeoutMs = options.waitTimeoutMs ?? defaultWaitTimeoutMs;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, waitTimeoutMs);
  return openSqlite(path.join(options.dataDir, options.sqliteFile ?? 'civic-monitor.db'), waitTimeoutMs);
}

export function openSqlite(file: string, waitTimeoutMs = defaultWaitTimeoutMs): Store {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL with synchronous=FULL: a committed transaction survives a crash of the process or the machine.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.trunc(waitTimeoutMs)}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(withStatementCache(sqlite)) });
  return {
    db,
    kind: 'sqlite',
    description: `sqlite:${file}`,
    readArrays: sqliteArrayReader(db, sqlite),
    immediateGeneration: sqliteGeneration(sqlite),
    close: () => db.destroy(),
  };
}

/**
 * The counter read synchronously on the connection Kysely uses, between its queries: no promise queue for
 * the connection and no statement built, for the read every cached answer makes. Inside a transaction
 * (which holds the connection across awaits) the uncommitted counter could be one that a rollback later
 * hands to other data, so the read answers `undefined` and goes through Kysely, after the commit.
 * Prepared on first use: the table exists only once the migrations have run.
 */
function sqliteGeneration(sqlite: SQLite.Database): ImmediateGeneration {
  let statement: SQLite.Statement<[], number> | undefined;
  return () => {
    if (sqlite.inTransaction) return undefined;
    statement ??= sqlite.prepare<[], number>('select value from data_generation where id = 1').pluck();
    const value = statement.get();
    if (value === undefined) throw new Error('data_generation has no row 1; the migrations have not run');
    return Number(value);
  };
}

/**
 * A pool of `poolSize` connections; a query that finds none free within `waitTimeoutMs` fails with
 * StoreBusyError instead of queueing without end behind requests that hold them.
 */
export function openPostgres(url: string, poolSize: number, waitTimeoutMs = defaultWaitTimeoutMs): Store {
  // Loaded only here: a server on SQLite never needs the driver, which costs start-up time and memory.
  const { Pool, types } = createRequire(import.meta.url)('pg') as typeof pg;
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: waitTimeoutMs,
    types: postgresTypeParsers(types),
  });
  // An idle connection the server drops (restart, failover) leaves the pool; the next query opens a new one.
  pool.on('error', () => undefined);
  const checkout = {
    connect: () =>
      pool.connect().catch((err: unknown) => {
        throw isStoreBusy(err) ? new StoreBusyError(err) : err;
      }),
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: checkout }),
    plugins: [new PostgresDialectPlugin()],
  });
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    kind: 'postgres',
    description: `postgres:${safe.host}${safe.pathname}`,
    readArrays: postgresArrayReader(checkout.connect),
    close: () => db.destroy(),
  };
}
