import { attentionCutoffs, defaultTimeZone } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInitiativesRepository } from '../src/initiatives/initiatives-repository.ts';
import { startTestApp, type TestApp } from './test-app.ts';

// Runs in both projects: what SQLite answers, PostgreSQL must answer the same way.
describe(`store parity (${process.env.TEST_STORE ?? 'sqlite'})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    // Lower-case first letters: a locale collation would interleave them, code-point order puts them last.
    await app.store.db
      .updateTable('initiatives')
      .set({ title_en: 'aaa lower-case first' })
      .where('id', '=', 'youth-social-lifts')
      .execute();
    await app.store.db
      .updateTable('initiatives')
      .set({ title_ru: 'ёлка в начале строки' })
      .where('id', '=', 'social-media-outreach')
      .execute();
  });
  afterAll(async () => {
    await app.close();
  });

  const codePointOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  it('when sorted by title in any language, then the order is by code point, as on every store', async () => {
    for (const lang of ['ru', 'en']) {
      const list = await app.json(`/api/initiatives?sort=title&lang=${lang}&pageSize=100`);
      const titles: string[] = list.items.map((i: { title: Record<string, string> }) => i.title[lang]);
      expect(titles).toHaveLength(13);
      expect(titles).toEqual([...titles].sort(codePointOrder));
    }
    const en = await app.json('/api/initiatives?sort=-title&lang=en&pageSize=100');
    expect(en.items[0].id).toBe('youth-social-lifts');
  });

  it('when searching in Cyrillic in any letter case, then the same initiatives are found', async () => {
    const lower = await app.json(`/api/initiatives?q=${encodeURIComponent('маслихат')}&pageSize=100`);
    const upper = await app.json(`/api/initiatives?q=${encodeURIComponent('МАСЛИХАТ')}&pageSize=100`);
    expect(lower.total).toBeGreaterThan(0);
    expect(upper.total).toBe(lower.total);
    expect(upper.items.map((i: { id: string }) => i.id)).toEqual(lower.items.map((i: { id: string }) => i.id));
  });

  it('when a search term holds LIKE wildcards, then they match only themselves', async () => {
    const percent = await app.json(`/api/initiatives?q=${encodeURIComponent('%')}`);
    const underscore = await app.json(`/api/initiatives?q=${encodeURIComponent('_')}`);
    expect(percent.total).toBe(0);
    expect(underscore.total).toBe(0);
  });

  it('when stats are counted, then every number is a number, not a string', async () => {
    const stats = await app.json('/api/stats');
    expect(typeof stats.total).toBe('number');
    expect(typeof stats.meanProgress).toBe('number');
    for (const count of Object.values(stats.byStatus)) expect(typeof count).toBe('number');
    for (const owner of stats.byOwner) expect(typeof owner.count).toBe('number');
  });

  it('when the list is streamed with a cursor in small chunks, then it yields the paged list in the same order', async () => {
    const list = await app.json('/api/initiatives?sort=title&lang=ru&pageSize=100');
    const repository = createInitiativesRepository(app.store.db);
    const clock = attentionCutoffs(new Date(), { timeZone: defaultTimeZone, staleAfterDays: 30 });
    const streamed: string[] = [];
    const filter = { sort: { field: 'title', direction: 'asc' }, lang: 'ru' } as const;
    for await (const initiative of repository.stream(filter as never, clock, 2)) streamed.push(initiative.id);
    expect(streamed).toEqual(list.items.map((i: { id: string }) => i.id));
  });
});
