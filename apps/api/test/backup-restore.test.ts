import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupStore, restoreStore, type StoreLocation } from '../src/db/backup.ts';
import { openSqlite, type Store } from '../src/db/connect.ts';
import { newId } from '../src/db/ids.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { openPostgresTestStore, postgresTarget, serverUrlOf } from './postgres-test-store.ts';
import { startTestApp, type TestApp, tempDir } from './test-app.ts';

// pg_dump needs a server; on PGlite the PostgreSQL run backs up SQLite instead, and its name says so.
const wantsPostgres = process.env.TEST_STORE === 'postgres';
const onPostgres = wantsPostgres && (await postgresTarget()).kind === 'server';
const engine = onPostgres ? 'pg_dump / pg_restore' : 'SQLite online backup';
const note = wantsPostgres && !onPostgres ? ', as PGlite cannot be reached by pg_dump' : '';

/** A seeded store of the engine this file tests, served over HTTP. */
async function startApp(): Promise<TestApp> {
  if (onPostgres || !wantsPostgres) return startTestApp();
  const dataDir = tempDir();
  const store = openSqlite(path.join(dataDir, 'civic-monitor.db'));
  await migrateToLatest(store.db);
  await seed(store.db, new Date());
  return startTestApp({ store, dataDir });
}

/** Every initiative and history row, in a fixed order, to compare two stores field by field. */
async function everyRow(store: Store) {
  const initiatives = await store.db.selectFrom('initiatives').selectAll().orderBy('id').execute();
  const history = await store.db.selectFrom('status_changes').selectAll().orderBy('id').execute();
  return { initiatives, history };
}

/** Where the running store lives, a fresh empty store to restore into, and how to open what was restored. */
async function locations(app: TestApp): Promise<{ source: StoreLocation; target: StoreLocation; open(): Store }> {
  if (!onPostgres) {
    const dataDir = tempDir();
    return {
      source: { dataDir: app.dataDir },
      target: { dataDir },
      open: () => openSqlite(path.join(dataDir, 'civic-monitor.db')),
    };
  }
  const fresh = await openPostgresTestStore();
  return {
    source: { databaseUrl: serverUrlOf(app.store), dataDir: app.dataDir },
    target: { databaseUrl: serverUrlOf(fresh), dataDir: app.dataDir },
    open: () => fresh,
  };
}

describe(`backup and restore (${engine}${note})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
    // History beyond the seed, with Cyrillic, quotes and nulls, so the copy has something to lose.
    await app.store.db
      .insertInto('status_changes')
      .values({
        id: newId(),
        initiative_id: 'full-time-deputies',
        from_status: 'under_review',
        to_status: 'adopted',
        from_progress: 50,
        to_progress: 75,
        from_stage: null,
        to_stage: null,
        note: 'Правительство одобрило «рекомендации»; см. протокол',
        evidence_url: 'https://example.kz/protocol?id=1&lang=ru',
        actor: 'official',
        at: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    await app.store.db
      .updateTable('initiatives')
      .set({ status: 'adopted', progress: 75, version: 2 })
      .where('id', '=', 'full-time-deputies')
      .execute();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a running store is backed up and restored into a fresh one, then every initiative and history row is equal', async () => {
    const { source, target, open } = await locations(app);
    const file = path.join(tempDir('civic-backup-'), onPostgres ? 'civic.dump' : 'civic.db');
    await backupStore(source, file);
    await restoreStore(target, file);
    const restored = open();
    try {
      const before = await everyRow(app.store);
      const after = await everyRow(restored);
      expect(before.initiatives).toHaveLength(13);
      expect(before.history.length).toBeGreaterThan(13);
      expect(after.initiatives).toEqual(before.initiatives);
      expect(after.history).toEqual(before.history);
    } finally {
      await restored.close();
    }
  });

  it('when the target already has data, then restore refuses unless asked to replace', async () => {
    const file = path.join(tempDir('civic-backup-'), onPostgres ? 'civic.dump' : 'civic.db');
    const source = onPostgres
      ? { databaseUrl: serverUrlOf(app.store), dataDir: app.dataDir }
      : { dataDir: app.dataDir };
    await backupStore(source, file);
    await expect(restoreStore(source, file)).rejects.toThrow();
  });

  it('when the file is not a backup, then restore says so and leaves the store alone', async () => {
    const target = onPostgres ? { databaseUrl: serverUrlOf(app.store), dataDir: app.dataDir } : { dataDir: tempDir() };
    await expect(restoreStore(target, path.join(tempDir(), 'missing.db'))).rejects.toThrow(/No backup/);
    expect((await everyRow(app.store)).initiatives).toHaveLength(13);
  });
});
