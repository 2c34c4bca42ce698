import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { seed } from '../src/seed/seed.ts';
import { initiatives as seedInitiatives } from '../src/seed/seed-data.ts';
import { createSeededStore } from './test-app.ts';

// The test reads the project's own copy of the article, not the seed's view of it.
const article = readFileSync(path.join(import.meta.dirname, '../src/seed/senate-aktobe-maslikhat.ru.txt'), 'utf8');
const codePoints = Array.from(article);

const designIds = [
  'senate-council-local-bodies',
  'maslikhat-recommendations',
  'maslikhat-secretary-status',
  'full-time-deputies',
  'local-government-law-amendments',
  'public-council-independence',
  'off-site-public-sessions',
  'social-media-outreach',
  'new-engagement-formats',
  'regional-assemblies-status',
  'youth-in-cultural-centres',
  'youth-social-lifts',
];

describe('seed', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('when the store is seeded, then every initiative of the article is there', async () => {
    store = await createSeededStore();
    const rows = await store.db.selectFrom('initiatives').select('id').execute();
    const ids = rows.map((r) => r.id);
    for (const id of designIds) expect(ids).toContain(id);
    expect(ids).toHaveLength(seedInitiatives.length);
  });

  it('when seeded, then every quote equals the article text between its code-point offsets', async () => {
    store = await createSeededStore();
    const rows = await store.db
      .selectFrom('initiatives')
      .select(['id', 'source_quote', 'source_start', 'source_end'])
      .execute();
    for (const row of rows) {
      const slice = codePoints.slice(Number(row.source_start), Number(row.source_end)).join('');
      expect(slice, row.id).toBe(row.source_quote);
      expect(article.includes(row.source_quote ?? '\u0000'), row.id).toBe(true);
    }
  });

  it('when seeded, then each initiative has exactly one entry recorded from the source, is never verified, and the article date stays unknown', async () => {
    store = await createSeededStore();
    const history = await store.db.selectFrom('status_changes').selectAll().execute();
    expect(history).toHaveLength(seedInitiatives.length);
    expect(new Set(history.map((h) => h.initiative_id)).size).toBe(seedInitiatives.length);
    expect(
      history.every((h) => h.kind === 'from_source' && h.actor === '' && h.note === '' && h.from_status === null),
    ).toBe(true);
    const verified = await store.db.selectFrom('initiatives').select('last_verified_at').execute();
    expect(verified.every((row) => row.last_verified_at === null)).toBe(true);
    const doc = await store.db.selectFrom('source_documents').selectAll().executeTakeFirstOrThrow();
    expect(doc.published_at).toBeNull();
    expect(doc.text).toBe(article);
  });

  it('when seeding runs again, then nothing is duplicated and later edits are kept', async () => {
    store = await createSeededStore();
    await store.db
      .updateTable('initiatives')
      .set({ status: 'adopted', progress: 75, version: 2 })
      .where('id', '=', 'full-time-deputies')
      .execute();
    const result = await seed(store.db, new Date());
    expect(result.inserted).toEqual([]);
    const count = await store.db
      .selectFrom('status_changes')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(seedInitiatives.length);
    const edited = await store.db
      .selectFrom('initiatives')
      .select(['status', 'version'])
      .where('id', '=', 'full-time-deputies')
      .executeTakeFirstOrThrow();
    expect(edited).toEqual({ status: 'adopted', version: 2 });
  });

  it('when a parent has children, then its progress is their mean', async () => {
    store = await createSeededStore();
    const parent = await store.db
      .selectFrom('initiatives')
      .select(['progress', 'progress_source'])
      .where('id', '=', 'maslikhat-recommendations')
      .executeTakeFirstOrThrow();
    expect(parent).toEqual({ progress: 50, progress_source: 'children' });
  });

  it('when the English titles name released deputies, then they say full-time, never freelance', () => {
    const deputies = seedInitiatives.find((i) => i.id === 'full-time-deputies');
    expect(deputies?.title.en).toMatch(/full-time/i);
    expect(JSON.stringify(seedInitiatives)).not.toMatch(/freelance/i);
  });
});
