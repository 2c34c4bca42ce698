import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { initiatives } from '../src/seed/seed-data.ts';
import { nearMisses } from './quote-near-misses.ts';
import { openTestStore } from './test-app.ts';

const tables = ['initiatives', 'owners', 'source_documents', 'status_changes'] as const;

async function rowCounts(store: Store): Promise<number[]> {
  return Promise.all(
    tables.map(async (table) => {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }),
  );
}

describe('seed quote checks', () => {
  let store: Store;
  // The seed data is a module-level list: one entry's quote is swapped per case and put back after.
  const entry = initiatives[0];
  const original = entry?.quote ?? '';
  beforeAll(async () => {
    store = await openTestStore();
    await migrateToLatest(store.db);
  });
  afterAll(async () => {
    if (entry) entry.quote = original;
    await store.close();
  });

  for (const { name, quote } of nearMisses) {
    it(`when a seed quote has ${name}, then seeding throws naming source.quote and writes nothing`, async () => {
      if (!entry) throw new Error('the seed has no initiatives');
      entry.quote = quote;
      try {
        await expect(seed(store.db, new Date())).rejects.toMatchObject({
          status: 400,
          errors: [expect.objectContaining({ field: 'source.quote' })],
        });
      } finally {
        entry.quote = original;
      }
      expect(await rowCounts(store)).toEqual([0, 0, 0, 0]);
    });
  }

  it('when every seed quote is verbatim, then the same store seeds', async () => {
    const { inserted } = await seed(store.db, new Date());
    expect(inserted).toHaveLength(initiatives.length);
  });
});
