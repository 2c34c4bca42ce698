import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listQuerySchema } from '@civic/shared';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type Store } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { applyAfter, applySort, type QB } from './initiative-query.ts';

describe('keyset pages on SQLite', () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-keyset-plan-'));
    store = openSqlite(path.join(dir, 'civic-monitor.db'));
    await migrateToLatest(store.db);
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** SQLite's plan for the page after a row, read as "SCAN …" / "SEARCH …" lines. */
  async function planOfNextPage(sort: string, value: unknown) {
    const { sort: parsed, lang } = listQuerySchema.parse({ sort });
    const base = store.db
      .selectFrom('initiatives as i')
      .innerJoin('owners as o', 'o.id', 'i.owner_id')
      .select('i.id') as unknown as QB;
    const page = applyAfter(applySort(base, parsed, lang), parsed, lang, { value, id: 'some-id' })
      .limit(1000)
      .compile();
    const plan = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
    );
    return plan.rows.map((row) => row.detail).filter((detail) => / i\b/.test(detail));
  }

  it.each([
    ['source', 4_000_000, 'sort_key_id'],
    ['-source', 4_000_000, 'sort_key'],
    ['updatedAt', '2026-01-01T00:00:00.000Z', 'updated_at'],
  ])(
    'when the page after a row sorted by %s is read, then SQLite seeks the index instead of walking it from the start',
    async (sort, value, index) => {
      const plan = await planOfNextPage(sort, value);
      expect(plan).toHaveLength(1);
      expect(plan[0]).toMatch(new RegExp(`^SEARCH i USING INDEX initiatives_${index}_idx \\(`));
    },
  );
});
