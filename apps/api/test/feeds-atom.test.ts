import { statusLabels } from '@civic/shared';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChange, insertOwnerMove, renameOwnerEn } from './export-fixtures.ts';
import { createQueryRecorder, reading } from './query-recorder.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

const publicUrl = 'https://civic-monitor.example';
const target = 'social-media-outreach';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

/** Fetches a feed, checks it is well-formed XML served as Atom, and parses it. */
async function readFeed(app: TestApp, path: string): Promise<Json> {
  const res = await app.fetch(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

/** The elements RFC 4287 requires of a feed and of each entry. */
function expectValidAtom(feed: Json) {
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const key of ['id', 'title', 'updated']) expect(String(feed[key] ?? '')).not.toBe('');
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.some((l: Json) => l['@rel'] === 'self')).toBe(true);
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(String(entry.title)).not.toBe('');
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.author.name).toBeTruthy();
    expect(entry.content['@type']).toBe('text');
    expect(entry.link[0]['@rel']).toBe('alternate');
  }
  const ids = (feed.entry ?? []).map((e: Json) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('Atom feeds', () => {
  let app: TestApp;

  beforeAll(async () => {
    const store = await createSeededStore(undefined, new Date('2026-01-01T00:00:00.000Z'));
    for (let day = 1; day <= 60; day += 1) {
      await insertChange(store.db, {
        initiativeId: day % 2 === 0 ? target : 'full-time-deputies',
        note: `Test note ${day}`,
        at: `2026-03-${String(Math.ceil(day / 2)).padStart(2, '0')}T${day % 2 === 0 ? '12' : '08'}:00:00.000Z`,
      });
    }
    await insertChange(store.db, {
      initiativeId: target,
      note: 'Escapes <b>bold</b> & "quotes" \'apostrophes\'\u0001 and Қазақша',
      evidenceUrl: 'https://example.org/a?b=1&c=2',
      toStatus: 'adopted',
      actor: 'Test <official>',
      at: '2026-04-01T09:30:00.000Z',
    });
    app = await startTestApp({ store, publicUrl });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when the site feed is read, then it is valid Atom with the 50 newest changes, newest first', async () => {
    const feed = await readFeed(app, '/api/feed.atom');
    expectValidAtom(feed);
    expect(feed.id).toBe(`${publicUrl}/api/feed.atom`);
    expect(feed.entry).toHaveLength(50);
    const times = feed.entry.map((e: Json) => e.updated);
    expect(times).toEqual([...times].sort().reverse());
    expect(feed.updated).toBe('2026-04-01T09:30:00.000Z');
    const initiative: Json = await app.json(`/api/initiatives/${target}`);
    expect(feed.entry[0].title).toBe(`${initiative.title.ru} — ${statusLabels.ru.adopted}`);
  });

  it('when an initiative feed is read, then it holds every change of it with note, evidence and page link', async () => {
    const feed = await readFeed(app, `/api/initiatives/${target}/feed.atom`);
    expectValidAtom(feed);
    const history: Json = await app.json(`/api/initiatives/${target}/history`);
    expect(feed.entry.map((e: Json) => e.id)).toEqual(history.items.map((c: Json) => `urn:uuid:${c.id}`));
    const [newest] = feed.entry;
    expect(newest.content['#text']).toBe(
      'Escapes <b>bold</b> & "quotes" \'apostrophes\'\uFFFD and Қазақша\n\nhttps://example.org/a?b=1&c=2',
    );
    expect(newest.author.name).toBe('Test <official>');
    expect(newest.link[0]['@href']).toBe(`${publicUrl}/initiatives/${target}?lang=ru`);
    expect(feed.link.find((l: Json) => l['@rel'] === 'alternate')['@href']).toBe(
      `${publicUrl}/initiatives/${target}?lang=ru`,
    );
  });

  it('when no public URL is configured, then links use the address the request came to', async () => {
    const local = await startTestApp();
    try {
      const feed = await readFeed(local, '/api/feed.atom');
      expect(feed.id).toBe(`${local.url}/api/feed.atom`);
      expect(feed.entry[0].link[0]['@href']).toMatch(new RegExp(`^${local.url}/initiatives/[a-z0-9-]+\\?lang=ru$`));
    } finally {
      await local.close();
    }
  });

  it.each(['no-such-initiative', 'Bad%20Id'])(
    'when the initiative "%s" is unknown, then it answers 404 problem+json',
    async (id) => {
      const res = await app.fetch(`/api/initiatives/${id}/feed.atom`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    },
  );

  it('when the feed gets an unknown parameter or language, then it answers 400 problem+json naming it', async () => {
    for (const [path, field] of [
      ['/api/feed.atom?limit=5', 'limit'],
      ['/api/feed.atom?lang=de', 'lang'],
      [`/api/initiatives/${target}/feed.atom?lang=ru&lang=en`, 'lang'],
    ]) {
      const res = await app.fetch(path as string);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(await res.json())).toContain(field);
    }
  });

  it.each([
    ['ru', 'Гражданский монитор — изменения статусов'],
    ['kk', 'Азаматтық монитор — мәртебе өзгерістері'],
    ['en', 'Civic Monitor — status changes'],
  ] as const)(
    'when the feed is asked for in %s, then its titles and language are that language',
    async (lang, title) => {
      const feed = await readFeed(app, `/api/feed.atom?lang=${lang}`);
      expectValidAtom(feed);
      expect(feed['@xml:lang']).toBe(lang);
      expect(feed.title).toBe(title);
      expect(feed.id).toBe(`${publicUrl}/api/feed.atom`);
      const initiative: Json = await app.json(`/api/initiatives/${target}`);
      const name = lang === 'kk' ? (initiative.title.kk ?? initiative.title.ru) : initiative.title[lang];
      expect(feed.entry[0].title).toBe(`${name} — ${statusLabels[lang].adopted}`);
      for (const entry of feed.entry) expect(entry.link[0]['@href']).toMatch(new RegExp(`\\?lang=${lang}$`));
      const own = await readFeed(app, `/api/initiatives/${target}/feed.atom?lang=${lang}`);
      expect(own.title).toContain(name);
      expect(own['@xml:lang']).toBe(lang);
      expect(own.entry[0].link[0]['@href']).toBe(`${publicUrl}/initiatives/${target}?lang=${lang}`);
    },
  );

  /** The initiative ids a feed's entries link to. */
  const linkedIds = (feed: Json) =>
    new Set<string>(
      (feed.entry ?? []).map((e: Json) => new URL(e.link[0]['@href']).pathname.replace('/initiatives/', '')),
    );

  it("when the site feed is given the list's filters, then it holds the changes of exactly the initiatives the list shows", async () => {
    const initiative: Json = await app.json(`/api/initiatives/${target}`);
    const filters = [
      `status=${initiative.status}`,
      `status=${initiative.status}&kind=${initiative.kind}`,
      `owner=${initiative.ownerId}&status=${initiative.status},adopted`,
      'q=депутат',
      'overdue=true',
      'stale=false',
      'assessment=not_assessed',
      'region=KZ-75',
    ];
    for (const filter of filters) {
      const list: Json = await app.json(`/api/initiatives?${filter}&pageSize=100`);
      const listed = new Set(list.items.map((item: Json) => item.id));
      const feed = await readFeed(app, `/api/feed.atom?${filter}&lang=en`);
      expectValidAtom(feed);
      const linked = linkedIds(feed);
      for (const id of linked) expect(listed.has(id), `${filter}: ${id}`).toBe(true);
      // Every listed initiative with changes in the site's newest shows in the feed, when it has room.
      const history = (await Promise.all(
        [...listed].map(async (id) => ((await app.json(`/api/initiatives/${id}/history`)) as Json).items.length),
      )) as number[];
      if (history.reduce((a, b) => a + b, 0) <= 50) {
        for (const [index, id] of [...listed].entries())
          if (history[index]) expect(linked.has(id as string)).toBe(true);
      }
    }
    const one = await readFeed(app, `/api/feed.atom?status=${initiative.status}&kind=${initiative.kind}&lang=en`);
    expect(linkedIds(one).has(target)).toBe(true);
  });

  it.each([
    ['en', 'status=adopted', 'Civic Monitor — status changes — 1 filter'],
    ['en', 'status=adopted,completed&overdue=true', 'Civic Monitor — status changes — 3 filters'],
    ['ru', 'status=adopted&q=суд', 'Гражданский монитор — изменения статусов — 2 фильтра'],
    [
      'ru',
      'kind=legislation,practice&owner=government&stale=true&assessment=assessed',
      'Гражданский монитор — изменения статусов — 5 фильтров',
    ],
    ['kk', 'status=adopted', 'Азаматтық монитор — мәртебе өзгерістері — 1 сүзгі'],
  ] as const)(
    'when the %s feed is filtered by %s, then its title says how many filters',
    async (lang, filter, title) => {
      const feed = await readFeed(app, `/api/feed.atom?${filter}&lang=${lang}`);
      expect(feed.title).toBe(title);
      expect(feed['@xml:lang']).toBe(lang);
      const self = new URL(feed.link.find((l: Json) => l['@rel'] === 'self')['@href']);
      expect(self.searchParams.get('lang')).toBe(lang);
      const alternate = new URL(feed.link.find((l: Json) => l['@rel'] === 'alternate')['@href']);
      expect(alternate.pathname).toBe('/initiatives');
      expect(alternate.searchParams.get('lang')).toBe(lang);
      // Another filter is another feed; the same filter in another order or language is the same one.
      expect(feed.id).not.toBe(`${publicUrl}/api/feed.atom`);
      expect(feed.id).not.toContain('lang=');
    },
  );

  it('when the same filters come in another order, then the feed id is the same', async () => {
    const a = await readFeed(app, '/api/feed.atom?status=completed,adopted&kind=practice&lang=en');
    const b = await readFeed(app, '/api/feed.atom?kind=practice&status=adopted&status=completed&lang=kk');
    expect(a.id).toBe(b.id);
  });

  it('when the site feed gets a bad filter or a sort, then it answers 400 problem+json naming it', async () => {
    for (const [query, field] of [
      ['status=nonsense', 'status'],
      ['overdue=maybe', 'overdue'],
      ['sort=title', 'sort'],
      ['page=2', 'page'],
    ]) {
      const res = await app.fetch(`/api/feed.atom?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(field);
    }
  });
});

describe('owner names in the feeds', () => {
  let app: TestApp;
  const { plugin: recording, queriesOf } = createQueryRecorder();

  beforeAll(async () => {
    const store = await createSeededStore(undefined, new Date('2026-01-01T00:00:00.000Z'));
    await insertOwnerMove(store.db, target);
    app = await startTestApp({ store: { ...store, db: store.db.withPlugin(recording) }, publicUrl });
  });
  afterAll(async () => {
    await app.close();
  });

  const newestContent = async (path: string) => String((await readFeed(app, path)).entry[0].content['#text']);

  it('when a feed names an owner again and nothing changed, then the names are not read again', async () => {
    const first = await queriesOf(() => newestContent(`/api/initiatives/${target}/feed.atom?lang=en`));
    expect(reading(first, 'owners')).toBe(1);
    for (const path of [`/api/initiatives/${target}/feed.atom?lang=en`, '/api/feed.atom?lang=ru']) {
      let content = '';
      const again = await queriesOf(async () => {
        content = await newestContent(path);
      });
      expect(content, path).toMatch(/Government of Kazakhstan|Правительство Республики Казахстан/);
      expect(reading(again, 'owners'), path).toBe(0);
      // One check of the data generation: through Kysely on PostgreSQL; SQLite reads it on its own
      // connection without a Kysely query (db/connect.ts), so none shows here.
      expect(reading(again, 'data_generation'), path).toBe(app.store.immediateGeneration ? 0 : 1);
    }
  });

  it('when an owner is renamed, as another instance would rename it, then the next feed prints the new name', async () => {
    expect(await newestContent(`/api/initiatives/${target}/feed.atom?lang=en`)).toContain(
      'Senate of the Parliament of Kazakhstan → Government of Kazakhstan',
    );
    await renameOwnerEn(app.store.db, 'government', 'Cabinet of Ministers');
    const renamed = await queriesOf(async () => {
      expect(await newestContent(`/api/initiatives/${target}/feed.atom?lang=en`)).toContain(
        'Senate of the Parliament of Kazakhstan → Cabinet of Ministers',
      );
    });
    expect(reading(renamed, 'owners')).toBe(1);
    expect(await newestContent('/api/feed.atom?lang=en')).toContain('→ Cabinet of Ministers');
  });

  it('when no change of a feed names an owner, then the feed reads neither the names nor the data generation', async () => {
    const queries = await queriesOf(() => readFeed(app, '/api/initiatives/full-time-deputies/feed.atom'));
    expect(queries.length).toBeGreaterThan(0);
    expect(reading(queries, 'owners')).toBe(0);
    expect(reading(queries, 'data_generation')).toBe(0);
  });
});
