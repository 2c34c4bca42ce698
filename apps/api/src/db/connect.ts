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
  close(): Promise<void>;
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
  return { db, kind: 'sqlite', description: `sqlite:${file}`, close: () => db.destroy() };
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
  return { db, kind: 'postgres', description: `postgres:${safe.host}${safe.pathname}`, close: () => db.destroy() };
}
