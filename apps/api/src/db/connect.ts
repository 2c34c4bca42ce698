import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { PostgresDialectPlugin, postgresTypeParsers } from './dialect.ts';
import type { Database } from './schema.ts';

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: StoreKind;
  /** Where the data lives, without credentials. */
  description: string;
  /**
   * A connection for one long read, such as a streamed export: on SQLite its own read-only
   * connection, so that a slow client holds nothing other requests wait for; on PostgreSQL the pool.
   */
  reader(): Promise<Reader>;
  close(): Promise<void>;
}

export interface Reader {
  db: Kysely<Database>;
  release(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** SQLite only: the file name inside dataDir. */
  sqliteFile?: string;
  poolSize?: number;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openSqlite(path.join(options.dataDir, options.sqliteFile ?? 'civic-monitor.db'));
}

export function openSqlite(file: string): Store {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL with synchronous=FULL: a committed transaction survives a crash of the process or the machine.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const reader = async (): Promise<Reader> => {
    const connection = new SQLite(file, { readonly: true, fileMustExist: true });
    connection.pragma('busy_timeout = 5000');
    const readerDb = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
    return { db: readerDb, release: () => readerDb.destroy() };
  };
  return { db, kind: 'sqlite', description: `sqlite:${file}`, reader, close: () => db.destroy() };
}

export function openPostgres(url: string, poolSize: number): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: postgresTypeParsers });
  // An idle connection the server drops (restart, failover) leaves the pool; the next query opens a new one.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool, cursor: Cursor }),
    plugins: [new PostgresDialectPlugin()],
  });
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    kind: 'postgres',
    description: `postgres:${safe.host}${safe.pathname}`,
    reader: async () => ({ db, release: async () => undefined }),
    close: () => db.destroy(),
  };
}
