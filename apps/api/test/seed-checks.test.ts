import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { openTestStore } from './test-app.ts';

// One seed initiative made invalid the way an admin's create would refuse: a region that is not ISO 3166.
vi.mock('../src/seed/seed-data.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/seed/seed-data.ts')>();
  const [first, ...rest] = original.initiatives;
  return { ...original, initiatives: [...rest, { ...first, region: 'Aktobe' }] };
});

describe('seed checks', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('when a seed initiative fails the checks of an admin create, then seeding throws naming the field and writes nothing', async () => {
    store = await openTestStore();
    await migrateToLatest(store.db);
    await expect(seed(store.db, new Date())).rejects.toThrow(/region/);
    const counts = await Promise.all(
      (['initiatives', 'owners', 'source_documents', 'status_changes'] as const).map(async (table) => {
        const row = await store?.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        return Number(row?.n);
      }),
    );
    expect(counts).toEqual([0, 0, 0, 0]);
  });
});
