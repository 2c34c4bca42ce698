import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { prepareStore } from '../src/bootstrap.ts';
import { tempDir } from './test-app.ts';

// SQLite only: it is about the embedded database file.
describe('restart on the embedded database', () => {
  it('when the app starts twice on the same data directory, then the data survives and nothing is re-seeded', async () => {
    const dataDir = tempDir();
    const first = await prepareStore({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    await first.db.updateTable('initiatives').set({ progress: 33 }).where('id', '=', 'youth-social-lifts').execute();
    await first.close();

    const second = await prepareStore({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    const row = await second.db
      .selectFrom('initiatives')
      .select('progress')
      .where('id', '=', 'youth-social-lifts')
      .executeTakeFirstOrThrow();
    const history = await second.db.selectFrom('status_changes').select('id').execute();
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(second.db);
    await second.close();
    expect(row.progress).toBe(33);
    expect(history.length).toBe(13);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(path.isAbsolute(dataDir)).toBe(true);
  });
});
