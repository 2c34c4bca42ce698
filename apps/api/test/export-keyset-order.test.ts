import { listQuerySchema, sortFields } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInitiativesRepository } from '../src/initiatives/initiatives-repository.ts';
import { initiativeRow } from './export-fixtures.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

const fields = sortFields;

describe('exports read in keyset pages', () => {
  let app: TestApp;

  beforeAll(async () => {
    const store = await createSeededStore();
    // Ties on every field and nulls where a field may be null, so page edges fall inside runs of equal values.
    const rows = Array.from({ length: 9 }, (_, n) =>
      initiativeRow(`test-keyset-${n}`, {
        title_ru: `Одинаковое ${n % 2}`,
        title_en: `Same ${n % 2}`,
        progress: (n % 3) * 25,
        target_date: n % 3 === 0 ? null : '2027-01-01',
        last_verified_at: n % 2 === 0 ? null : '2026-01-02T00:00:00.000Z',
        sort_key: 4_000_000 + (n % 4),
      }),
    );
    await store.db.insertInto('initiatives').values(rows).execute();
    app = await startTestApp({ store });
  });
  afterAll(() => app.close());

  it.each(fields.flatMap((field) => [field, `-${field}`]))(
    'when sorted by %s and read two rows a page, then the rows and their order are the list’s',
    async (sort) => {
      for (const lang of ['ru', 'kk']) {
        const list: Json = await app.json(`/api/initiatives?sort=${sort}&lang=${lang}&pageSize=100`);
        const filter = listQuerySchema.parse({ sort, lang });
        const clock = {
          today: new Date().toISOString().slice(0, 10),
          staleBefore: '2026-01-01T12:00:00.000Z',
          firstFreshDay: '2026-01-01',
        };
        const streamed: string[] = [];
        for await (const initiative of createInitiativesRepository(app.store.db).stream(filter, clock, 2)) {
          streamed.push(initiative.id);
        }
        expect(streamed).toEqual(list.items.map((i: Json) => i.id));
      }
    },
  );
});
