import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/db/ids.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

// The reported case: 3 000 changes on one initiative.
const busyHistory = 3000;
const target = 'off-site-public-sessions';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'entry' || n === 'link',
});

describe('paged history of one initiative', () => {
  let app: TestApp;
  let newestFirst: string[];

  beforeAll(async () => {
    const store = await createSeededStore();
    const start = Date.parse('2026-02-01T00:00:00.000Z');
    // Three changes share each second, so pages must break ties by id and neither repeat nor drop one.
    const rows = Array.from({ length: busyHistory }, (_, n) => {
      const at = new Date(start + Math.floor(n / 3) * 1000).toISOString();
      return {
        id: newId(Date.parse(at)),
        initiative_id: target,
        from_status: 'proposed',
        to_status: 'in_progress',
        from_progress: 0,
        to_progress: 25,
        from_stage: null,
        to_stage: null,
        note: `Проверка ${n}`,
        evidence_url: null,
        actor: 'test-official',
        at,
      };
    });
    for (let from = 0; from < rows.length; from += 500) {
      await store.db
        .insertInto('status_changes')
        .values(rows.slice(from, from + 500))
        .execute();
    }
    const all = await store.db
      .selectFrom('status_changes')
      .select('id')
      .where('initiative_id', '=', target)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    newestFirst = all.map((row) => row.id);
    app = await startTestApp({ store });
  });
  afterAll(() => app.close());

  it('when history is read without a limit, then one page of 50 comes back with a cursor to the rest', async () => {
    const page: Json = await app.json(`/api/initiatives/${target}/history`);
    expect(page.items.map((c: Json) => c.id)).toEqual(newestFirst.slice(0, 50));
    expect(typeof page.nextCursor).toBe('string');
  });

  it('when the cursor is followed to the end, then every change comes exactly once, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: Json = await app.json(`/api/initiatives/${target}/history?limit=200${query}`);
      expect(page.items.length).toBeLessThanOrEqual(200);
      seen.push(...page.items.map((c: Json) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(newestFirst.length).toBeGreaterThan(busyHistory);
    expect(seen).toEqual(newestFirst);
  });

  it('when twenty readers ask at once, then each gets one page, not the whole history', async () => {
    const pages = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.fetch(`/api/initiatives/${target}/history`, { signal: AbortSignal.timeout(15_000) }),
      ),
    );
    for (const res of pages) {
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).items).toHaveLength(50);
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${Buffer.from('{"at":1}').toString('base64url')}`, 'cursor'],
    ['page=2', 'page'],
  ])('when the query is %s, then 400 problem+json names %s', async (query, field) => {
    const res = await app.fetch(`/api/initiatives/${target}/history?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem: Json = await res.json();
    expect(problem.errors.map((e: Json) => e.field)).toContain(field);
  });

  it('when its Atom feed is followed by rel="next" links, then every change appears once, 50 an entry page', async () => {
    const seen: string[] = [];
    let next: string | undefined = `/api/initiatives/${target}/feed.atom`;
    while (next) {
      const res = await app.fetch(next);
      expect(res.status).toBe(200);
      const feed = parser.parse(await res.text()).feed;
      expect(feed.entry.length).toBeLessThanOrEqual(50);
      seen.push(...feed.entry.map((e: Json) => String(e.id).replace('urn:uuid:', '')));
      const href: string | undefined = feed.link.find((l: Json) => l['@rel'] === 'next')?.['@href'];
      next = href === undefined ? undefined : new URL(href).pathname + new URL(href).search;
    }
    expect(seen).toEqual(newestFirst);
  });

  it('when the feed is given a foreign cursor, then 400 names cursor', async () => {
    const res = await app.fetch(`/api/initiatives/${target}/feed.atom?cursor=%7B%7D`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).errors.map((e: Json) => e.field)).toContain('cursor');
  });
});
