import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres, openSqlite, type Store } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { syntheticOwners, syntheticRows } from './synthetic-data.ts';

const defaultAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface WriteTarget {
  store: Store;
  /** How durable a commit is on this store, for the report. */
  durability: string;
  dispose(): Promise<void>;
}

/** The product's SQLite store on `file`; `synchronous` NORMAL only to measure what the stronger default costs. */
export async function sqliteTarget(file: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): Promise<WriteTarget> {
  const store = openSqlite(file);
  if (synchronous !== 'FULL') await sql.raw(`pragma synchronous = ${synchronous}`).execute(store.db);
  return {
    store,
    durability:
      synchronous === 'FULL'
        ? 'SQLite WAL, synchronous=FULL (fsync on every commit), ext4 under os.tmpdir()'
        : 'SQLite WAL, synchronous=NORMAL (fsync only at checkpoints), ext4 under os.tmpdir()',
    dispose: () => store.close(),
  };
}

async function admin(url: string, text: string): Promise<{ rows: Record<string, string>[] }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A throw-away database on the PostgreSQL server with the same synthetic initiatives; null when none answers. */
export async function postgresTarget(initiatives: number): Promise<WriteTarget | null> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? defaultAdminUrl;
  try {
    await admin(adminUrl, 'select 1');
  } catch {
    return null;
  }
  const name = `civic_bench_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = openPostgres(url.toString(), 10);
  const dispose = async () => {
    await store.close();
    await admin(adminUrl, `drop database if exists ${name} with (force)`);
  };
  try {
    await migrateToLatest(store.db);
    await store.db.insertInto('owners').values(syntheticOwners).execute();
    let batch = [];
    for (const { initiative } of syntheticRows({ initiatives, history: 0 })) {
      batch.push(initiative);
      if (batch.length === 250) {
        await store.db.insertInto('initiatives').values(batch).execute();
        batch = [];
      }
    }
    if (batch.length) await store.db.insertInto('initiatives').values(batch).execute();
    const settings = await admin(
      adminUrl,
      'select current_setting($$fsync$$) as fsync, current_setting($$synchronous_commit$$) as sc, version() as v',
    );
    const row = settings.rows[0] ?? {};
    const version = (row.v ?? '').split(' ').slice(0, 2).join(' ');
    return { store, durability: `${version}, fsync=${row.fsync}, synchronous_commit=${row.sc}`, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
