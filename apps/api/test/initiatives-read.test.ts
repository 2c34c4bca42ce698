import http from 'node:http';
import type { Initiative } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

interface Page {
  items: Initiative[];
  total: number;
  page: number;
  pageSize: number;
}

describe('GET /api/initiatives', () => {
  let app: TestApp;
  const list = async (query = ''): Promise<Page> => {
    const res = await app.fetch(`/api/initiatives${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when called without filters, then it returns the first page in reading order with the total', async () => {
    const page = await list();
    expect(page.total).toBe(13);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(20);
    expect(page.items[0]?.id).toBe('senate-council-local-bodies');
    const starts = page.items.map((i) => i.source?.start ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('when filtered by status, then only that status comes back', async () => {
    const page = await list('?status=under_review');
    expect(page.total).toBe(4);
    expect(page.items.every((i) => i.status === 'under_review')).toBe(true);
  });

  it('when filtered by several statuses, then any of them matches', async () => {
    const page = await list('?status=completed,under_review');
    expect(page.total).toBe(5);
  });

  it('when filtered by kind and owner, then both apply', async () => {
    expect((await list('?kind=practice')).total).toBe(3);
    const page = await list('?kind=practice&owner=aktobe-maslikhat');
    expect(page.items.map((i) => i.id).sort()).toEqual(['off-site-public-sessions', 'social-media-outreach']);
  });

  it('when filtered by parent, then only its children come back; parent=none gives the top level', async () => {
    const children = await list('?parent=maslikhat-recommendations');
    expect(children.items.map((i) => i.id).sort()).toEqual(['full-time-deputies', 'maslikhat-secretary-status']);
    const roots = await list('?parent=none');
    expect(roots.items.every((i) => i.parentId === null)).toBe(true);
    expect(roots.total).toBe(7);
  });

  it('when searching in Cyrillic with any case or ё, then titles and summaries match', async () => {
    const upper = await list(`?q=${encodeURIComponent('МОЛОДЁЖИ')}`);
    const lower = await list(`?q=${encodeURIComponent('молодежи')}`);
    expect(upper.total).toBeGreaterThan(0);
    expect(upper.items.map((i) => i.id)).toEqual(lower.items.map((i) => i.id));
    expect(upper.items.map((i) => i.id)).toContain('youth-in-cultural-centres');
  });

  it('when searching in English or Kazakh, then those texts match too', async () => {
    expect((await list('?q=FULL-TIME')).items.map((i) => i.id)).toContain('full-time-deputies');
    expect((await list(`?q=${encodeURIComponent('мәслихат хатшысы')}`)).items.map((i) => i.id)).toContain(
      'maslikhat-secretary-status',
    );
  });

  it('when the search has LIKE wildcards, then they match literally', async () => {
    expect((await list('?q=%25')).total).toBe(0);
    expect((await list('?q=_')).total).toBe(0);
  });

  it('when sorted by progress descending, then progress never increases down the list', async () => {
    const page = await list('?sort=-progress&pageSize=100');
    const values = page.items.map((i) => i.progress);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(page.items[0]?.id).toBe('senate-council-local-bodies');
  });

  it.each(['title', 'status', 'kind', 'owner', 'targetDate', 'lastVerifiedAt', 'updatedAt', 'createdAt', 'source'])(
    'when sorted by %s either way, then every initiative appears once and the order reverses',
    async (field) => {
      const asc = (await list(`?sort=${field}&pageSize=100`)).items.map((i) => i.id);
      const desc = (await list(`?sort=-${field}&pageSize=100`)).items.map((i) => i.id);
      expect(new Set(asc).size).toBe(13);
      expect(new Set(desc).size).toBe(13);
      if (!['targetDate', 'lastVerifiedAt', 'updatedAt', 'createdAt'].includes(field)) {
        expect(asc).not.toEqual(desc);
      }
    },
  );

  it('when sorted by title in English, then titles are in English alphabetical order', async () => {
    const page = await list('?sort=title&lang=en&pageSize=100');
    const titles = page.items.map((i) => i.title.en);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('when paging, then pages do not overlap and together hold every initiative', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await list(`?pageSize=5&page=${page}&sort=title`);
      seen.push(...result.items.map((i) => i.id));
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    expect((await list('?pageSize=5&page=4')).items).toEqual([]);
  });

  it('when pageSize is at its bounds, then 1 and 100 are accepted', async () => {
    expect((await list('?pageSize=1')).items).toHaveLength(1);
    expect((await list('?pageSize=100')).items).toHaveLength(13);
  });
});

describe('GET /api/initiatives/:id and its history', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when an initiative has children, then they come with it, with its relations and source span', async () => {
    const res = await app.fetch('/api/initiatives/maslikhat-recommendations');
    expect(res.status).toBe(200);
    const detail: Json = await res.json();
    expect(detail.children.map((c: Initiative) => c.id).sort()).toEqual([
      'full-time-deputies',
      'maslikhat-secretary-status',
    ]);
    expect(detail.relations).toEqual([
      expect.objectContaining({ type: 'reflected_in', direction: 'out', id: 'local-government-law-amendments' }),
    ]);
    expect(detail.source.quote).toContain('пакет рекомендаций');
    expect(detail.milestones).toEqual([]);
    expect(detail.parent).toBeNull();
  });

  it('when a child is opened, then its parent is named', async () => {
    const detail = await app.json('/api/initiatives/full-time-deputies');
    expect(detail.parent).toEqual({
      id: 'maslikhat-recommendations',
      title: expect.objectContaining({ ru: expect.any(String) }),
      titleEnMissing: false,
    });
  });

  it('when the parent has no English title yet, then the child names it with that flag, as the list does', async () => {
    const other = await startTestApp();
    await other.store.db
      .updateTable('initiatives')
      .set({ title_en_missing: 1 })
      .where('id', '=', 'maslikhat-recommendations')
      .execute();
    const detail = await other.json('/api/initiatives/full-time-deputies');
    expect(detail.parent).toMatchObject({ id: 'maslikhat-recommendations', titleEnMissing: true });
    await other.close();
  });

  it('when the law amendments are opened, then the legislative stage and incoming relations show', async () => {
    const detail = await app.json('/api/initiatives/local-government-law-amendments');
    expect(detail.legislativeStage).toBe('public_discussion');
    expect(detail.relations.filter((r: { direction: string }) => r.direction === 'in')).toHaveLength(3);
  });

  it('when the history is asked for, then the one entry is the one recorded from the source, with no person and no note', async () => {
    const res = await app.fetch('/api/initiatives/full-time-deputies/history');
    const body: Json = await res.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      kind: 'from_source',
      actor: '',
      note: '',
      fromStatus: null,
      toStatus: 'under_review',
    });
  });

  it('when nothing was verified since the seed, then every initiative says never verified and needs verification', async () => {
    const list: Json = await app.json('/api/initiatives?pageSize=100');
    expect(list.items.every((item: Json) => item.lastVerifiedAt === null && item.stale === true)).toBe(true);
    const stats: Json = await app.json('/api/stats');
    expect(stats.stale).toBe(list.total);
    // Recording the article's initiatives is not activity: no changes per month yet.
    expect(stats.activityByMonth).toEqual([]);
  });

  it('when a GET is repeated with its ETag, then the answer is 304', async () => {
    const first = await app.fetch('/api/initiatives/full-time-deputies');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http rather than fetch: fetch adds Cache-Control: no-cache to conditional requests.
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`${app.url}/api/initiatives/full-time-deputies`, { headers: { 'if-none-match': etag ?? '' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(status).toBe(304);
  });
});
