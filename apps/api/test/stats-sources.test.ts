import { initiativeCitationsSchema, ownersListSchema, sourcesListSchema, statsSchema } from '@civic/shared';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourcesRepository } from '../src/sources/sources-repository.ts';
import { createUser, jsonHeaders, login } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

describe('GET /api/stats', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when asked, then counts match the seeded initiatives and the schema', async () => {
    const stats = statsSchema.parse(await app.json('/api/stats'));
    expect(stats.total).toBe(13);
    expect(stats.byStatus).toMatchObject({ completed: 1, under_review: 4, proposed: 8, in_progress: 0 });
    expect(Object.values(stats.byKind).reduce((a, b) => a + b, 0)).toBe(13);
    expect(stats.byOwner.reduce((sum, o) => sum + o.count, 0)).toBe(13);
    expect(stats.overdue).toBe(0);
    // Nobody has verified anything on a fresh install.
    expect(stats.stale).toBe(13);
  });

  it('when the history has only the seed entries, then there is no activity and status over time is one day', async () => {
    const stats = await app.json('/api/stats');
    // Recording the article's initiatives is not work done: no month has changes yet.
    expect(stats.activityByMonth).toEqual([]);
    expect(stats.statusOverTime).toHaveLength(1);
    expect(stats.statusOverTime[0].counts).toEqual(stats.byStatus);
  });

  it('when the mean progress is computed, then it equals the mean over the list', async () => {
    const stats = await app.json('/api/stats');
    const list = await app.json('/api/initiatives?pageSize=100');
    const mean = list.items.reduce((s: number, i: { progress: number }) => s + i.progress, 0) / list.total;
    expect(stats.meanProgress).toBeCloseTo(mean, 1);
  });
});

describe('stats over time', () => {
  it('when an initiative is old enough and dated, then overdue and stale counts move', async () => {
    const later = new Date(Date.now() + 90 * 86_400_000);
    const app = await startTestApp({ now: () => later });
    try {
      await app.store.db
        .updateTable('initiatives')
        .set({ target_date: '2020-01-01' })
        .where('id', '=', 'youth-social-lifts')
        .execute();
      const stats = await app.json('/api/stats');
      expect(stats.stale).toBe(13);
      expect(stats.overdue).toBe(1);
      const overdue = await app.json('/api/initiatives?overdue=true');
      expect(overdue.items.map((i: { id: string }) => i.id)).toEqual(['youth-social-lifts']);
      const fresh = await app.json('/api/initiatives?stale=false');
      expect(fresh.total).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('GET /api/sources/:id', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when the article is asked for, then its text and every passage come back, and passages slice to quotes', async () => {
    const doc = await app.json('/api/sources/senate-aktobe-maslikhat');
    expect(doc.publishedAt).toBeNull();
    expect(doc.passages).toHaveLength(13);
    const chars = Array.from(doc.text as string);
    const list = await app.json('/api/initiatives?pageSize=100');
    for (const passage of doc.passages) {
      const initiative = list.items.find((i: { id: string }) => i.id === passage.initiativeId);
      expect(chars.slice(passage.start, passage.end).join('')).toBe(initiative.source.quote);
    }
  });
});

describe('GET /api/sources', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when listed, then the article is source number one: its own date unknown, 13 initiatives, no updates yet', async () => {
    const list = sourcesListSchema.parse(await app.json('/api/sources'));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: 'senate-aktobe-maslikhat',
      publishedAt: null,
      initiativeCount: 13,
      updateCount: 0,
    });
    const doc = await app.json('/api/sources/senate-aktobe-maslikhat');
    expect(doc.passages.every((p: { citation: string }) => p.citation === 'origin')).toBe(true);
  });
});

describe('GET /api/initiatives/:id/sources', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a seeded initiative is asked for, then its one citation is its origin in the article, sliced to its quote', async () => {
    const detail = await app.json('/api/initiatives/youth-social-lifts');
    const { items } = initiativeCitationsSchema.parse(await app.json('/api/initiatives/youth-social-lifts/sources'));
    expect(items).toEqual([
      {
        documentId: 'senate-aktobe-maslikhat',
        title: expect.any(Object),
        publisher: expect.any(Object),
        publishedAt: null,
        citation: 'origin',
        quote: detail.source.quote,
        start: detail.source.start,
        end: detail.source.end,
        at: null,
      },
    ]);
  });

  it('when the initiative is unknown, then 404 naming it; when it has no source, then 200 with no citation', async () => {
    const unknown = await app.fetch('/api/initiatives/no-such-initiative/sources');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(((await unknown.json()) as Json).detail).toContain('no-such-initiative');
    const { username, password } = await createUser(app.store, { role: 'admin', displayName: 'Sources Admin' });
    const cookie = await login(app, username, password);
    const created = await app.fetch('/api/initiatives', {
      method: 'POST',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({
        id: 'unsourced-sources',
        kind: 'practice',
        title: { ru: 'Без источника', en: 'Without a source' },
        summary: { ru: 'Нет цитаты', en: 'No quote' },
        ownerId: 'senate',
        region: 'KZ-15',
        tags: [],
        noSource: true,
      }),
    });
    expect(created.status).toBe(201);
    const res = await app.fetch('/api/initiatives/unsourced-sources/sources');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [] });
  });

  it('when the citations are read, then one query tells them and whether the initiative exists', async () => {
    let queries = 0;
    // Called once per query the database runs (transformQuery also sees each operand of a union).
    const counting: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        queries += 1;
        return args.result;
      },
    };
    const sources = createSourcesRepository(app.store.db.withPlugin(counting));
    expect(await sources.citations('youth-social-lifts')).toHaveLength(1);
    expect(queries).toBe(1);
    expect(await sources.citations('no-such-initiative')).toBeUndefined();
    expect(queries).toBe(2);
  });
});

describe('GET /api/owners', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when asked, then every owner of the seeded initiatives comes with its count, in the order of the figures', async () => {
    const res = await app.fetch('/api/owners');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const { items } = ownersListSchema.parse(await res.json());
    expect(items.reduce((sum, entry) => sum + entry.count, 0)).toBe(13);
    expect(items.every((entry) => entry.count > 0)).toBe(true);
    const stats = statsSchema.parse(await app.json('/api/stats'));
    expect(items).toEqual(stats.byOwner);
    const counts = items.map((entry) => entry.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('when a body owns no initiative, then it is still an owner to choose, counted 0 and listed last, and the figures leave it out', async () => {
    const etag = (await app.fetch('/api/owners')).headers.get('etag');
    expect(etag).toBeTruthy();
    // The same bytes while nothing is written (the read answers' cache)...
    expect((await app.fetch('/api/owners')).headers.get('etag')).toBe(etag);
    await app.store.db
      .insertInto('owners')
      .values({
        id: 'zz-unused-body',
        name_ru: 'Орган без инициатив',
        name_en: 'A body with no initiative',
        name_kk: null,
      })
      .execute();
    // ...and a new answer once a write moves the data generation.
    const after = await app.fetch('/api/owners');
    expect(after.headers.get('etag')).not.toBe(etag);
    const { items } = ownersListSchema.parse(await after.json());
    expect(items.at(-1)).toEqual({
      owner: { id: 'zz-unused-body', name: { ru: 'Орган без инициатив', en: 'A body with no initiative' } },
      count: 0,
    });
    const stats = statsSchema.parse(await app.json('/api/stats'));
    expect(stats.byOwner.map((entry) => entry.owner.id)).not.toContain('zz-unused-body');
  });

  it('when a query parameter is given, then 400 naming it', async () => {
    const res = await app.fetch('/api/owners?kind=law');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(((await res.json()) as Json).errors)).toContain('kind');
  });
});
