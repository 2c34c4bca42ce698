import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../src/db/migrate.ts';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { freshText, importJson, metadata } from './import-helpers.ts';
import { type Json, openTestStore, startTestApp, type TestApp } from './test-app.ts';

const at = (day: number) => `2026-11-0${day}T00:00:00.000Z`;

const initiative = (id: string, region: string) => ({
  id,
  parent_id: null,
  kind: 'practice',
  title_ru: `Инициатива ${id}`,
  title_en: `Initiative ${id}`,
  title_kk: null,
  summary_ru: 'Кратко.',
  summary_en: 'In short.',
  summary_kk: null,
  owner_id: 'aktobe-maslikhat',
  region,
  tags: '[]',
  status: 'in_progress',
  progress: 40,
  progress_source: 'explicit',
  legislative_stage: null,
  target_date: null,
  last_verified_at: at(2),
  source_document_id: null,
  source_quote: null,
  source_start: null,
  source_end: null,
  sort_key: 1,
  search_text: id,
  synthetic: 0,
  created_at: at(1),
  updated_at: at(2),
  version: 2,
});

const entry = (id: string, initiativeId: string, kind: string, changes: unknown[]) => ({
  id,
  initiative_id: initiativeId,
  from_status: kind === 'from_source' ? null : 'in_progress',
  to_status: 'in_progress',
  from_progress: kind === 'from_source' ? null : 40,
  to_progress: 40,
  from_stage: null,
  to_stage: null,
  note: kind === 'from_source' ? '' : 'Region corrected.',
  evidence_url: null,
  actor: 'Official',
  at: at(kind === 'from_source' ? 1 : 2),
  kind,
  changes: JSON.stringify(changes),
});

describe('region codes of a store written before ISO 3166-2:KZ went numeric', () => {
  let app: TestApp;
  let draftExtraction: string;

  beforeAll(async () => {
    const store = await openTestStore();
    await migrateTo(store.db, '0014-progress-days');
    await store.db
      .insertInto('owners')
      .values({ id: 'aktobe-maslikhat', name_ru: 'Маслихат', name_en: 'Maslikhat', name_kk: null })
      .execute();
    await store.db
      .insertInto('initiatives')
      .values([
        initiative('aktobe-roads', 'KZ-AKT'),
        initiative('uralsk-parks', 'KZ-ZAP'),
        initiative('astana-schools', 'KZ-AST'),
        initiative('national-lifts', 'KZ'),
        initiative('semey-clinics', 'KZ-10'),
      ])
      .execute();
    const titleMove = { field: 'title', from: { ru: 'Было', en: 'Before' }, to: { ru: 'Стало', en: 'After' } };
    await store.db
      .insertInto('status_changes')
      .values([
        entry('h-1', 'aktobe-roads', 'from_source', []),
        entry('h-2', 'aktobe-roads', 'details_change', [{ field: 'region', from: 'KZ', to: 'KZ-AKT' }, titleMove]),
        entry('h-3', 'uralsk-parks', 'details_change', [{ field: 'region', from: 'KZ-AKT', to: 'KZ-ZAP' }]),
        entry('h-4', 'national-lifts', 'details_change', [titleMove]),
      ])
      .execute();
    await store.db
      .insertInto('users')
      .values({
        id: 'u-1',
        username: 'official',
        display_name: 'Official',
        role: 'official',
        password_hash: 'x',
        disabled: 0,
        organisation: null,
        created_at: at(1),
      })
      .execute();
    draftExtraction = JSON.stringify({
      engine: 'rules',
      candidates: [
        { quote: 'a', start: 0, end: 1, ownerId: 'aktobe-maslikhat', region: 'KZ-AKT' },
        { quote: 'b', start: 2, end: 3, ownerId: null, region: 'KZ' },
        { quote: 'c', start: 4, end: 5, ownerId: null },
      ],
    });
    await store.db
      .insertInto('import_drafts')
      .values({
        id: 'draft-1',
        state: 'open',
        title: 'Article',
        publisher: 'Publisher',
        language: 'ru',
        published_at: null,
        url: null,
        origin: 'text',
        text: 'a b c',
        sha256: 'f'.repeat(64),
        extraction: draftExtraction,
        created_by_id: 'u-1',
        created_by: 'Official',
        created_at: at(2),
        source_document_id: null,
        confirmed_at: null,
      })
      .execute();
    await migrateToLatest(store.db);
    app = await startTestApp({ store });
  });
  afterAll(() => app?.close());

  it('when the store is upgraded, then every initiative carries the numeric code that replaced its letter code', async () => {
    const rows = await app.store.db.selectFrom('initiatives').select(['id', 'region']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'aktobe-roads', region: 'KZ-15' },
      { id: 'astana-schools', region: 'KZ-71' },
      { id: 'national-lifts', region: 'KZ' },
      { id: 'semey-clinics', region: 'KZ-10' },
      { id: 'uralsk-parks', region: 'KZ-27' },
    ]);
  });

  it('when the store is upgraded, then history entries name the new codes, and only their region moves change', async () => {
    const rows = await app.store.db
      .selectFrom('status_changes')
      .select(['id', 'kind', 'changes', 'note', 'actor', 'at'])
      .orderBy('id')
      .execute();
    const titleMove = { field: 'title', from: { ru: 'Было', en: 'Before' }, to: { ru: 'Стало', en: 'After' } };
    expect(rows.map((row) => [row.id, JSON.parse(row.changes)])).toEqual([
      ['h-1', []],
      ['h-2', [{ field: 'region', from: 'KZ', to: 'KZ-15' }, titleMove]],
      ['h-3', [{ field: 'region', from: 'KZ-15', to: 'KZ-27' }]],
      ['h-4', [titleMove]],
    ]);
    expect(rows.map((row) => [row.note, row.actor, row.at])).toEqual([
      ['', 'Official', at(1)],
      ['Region corrected.', 'Official', at(2)],
      ['Region corrected.', 'Official', at(2)],
      ['Region corrected.', 'Official', at(2)],
    ]);
    const history: Json = await app.json('/api/initiatives/uralsk-parks/history');
    expect(history.items[0].changes).toEqual([{ field: 'region', from: 'KZ-15', to: 'KZ-27' }]);
  });

  it("when the store is upgraded, then an import draft's proposed regions are numeric and the rest of it is untouched", async () => {
    const row = await app.store.db
      .selectFrom('import_drafts')
      .select('extraction')
      .where('id', '=', 'draft-1')
      .executeTakeFirstOrThrow();
    const before = JSON.parse(draftExtraction);
    expect(JSON.parse(row.extraction)).toEqual({
      ...before,
      candidates: [{ ...before.candidates[0], region: 'KZ-15' }, before.candidates[1], before.candidates[2]],
    });
  });

  it('when a shared link filters by a letter code, then it finds the initiatives now under the numeric one', async () => {
    const ids = async (query: string) =>
      ((await app.json(`/api/initiatives?${query}`)).items as Json[]).map((item) => [item.id, item.region]);
    expect(await ids('region=KZ-AKT')).toEqual([['aktobe-roads', 'KZ-15']]);
    expect(await ids('region=KZ-15')).toEqual([['aktobe-roads', 'KZ-15']]);
    expect((await ids('region=KZ-AKT,KZ-ZAP&sort=title')).map(([id]) => id)).toEqual(['aktobe-roads', 'uralsk-parks']);
    expect(await ids('region=KZ')).toEqual([['national-lifts', 'KZ']]);
  });
});

describe('the region filter and region writes on the seeded store', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  it('when the list, its count and the CSV export filter by a letter code, then they give what the numeric code gives', async () => {
    const byNew: Json = await app.json('/api/initiatives?region=KZ-15&pageSize=100');
    const byOld: Json = await app.json('/api/initiatives?region=KZ-AKT&pageSize=100');
    expect(byNew.total).toBeGreaterThan(0);
    expect(byNew.items.every((item: Json) => item.region === 'KZ-15')).toBe(true);
    expect(byOld).toEqual(byNew);
    const all: Json = await app.json('/api/initiatives?pageSize=100');
    expect(byNew.total).toBeLessThan(all.total);
    const csv = async (query: string) => (await app.fetch(`/api/export/initiatives.csv?${query}`)).text();
    const oldCsv = await csv('region=KZ-AKT');
    expect(oldCsv).toBe(await csv('region=KZ-15'));
    expect(oldCsv.trim().split('\n')).toHaveLength(byNew.total + 1);
  });

  it('when the list, its count and the CSV export filter by a lower-case code, then they give what the canonical code gives', async () => {
    const canonical: Json = await app.json('/api/initiatives?region=KZ-15&pageSize=100');
    expect(canonical.total).toBeGreaterThan(0);
    for (const value of ['kz-15', 'kz-akt', 'Kz-15,kz']) {
      const lower: Json = await app.json(`/api/initiatives?region=${value}&pageSize=100`);
      if (value.includes(',')) {
        const both: Json = await app.json('/api/initiatives?region=KZ-15,KZ&pageSize=100');
        expect(lower, value).toEqual(both);
      } else expect(lower, value).toEqual(canonical);
    }
    const csv = async (query: string) => (await app.fetch(`/api/export/initiatives.csv?${query}`)).text();
    expect(await csv('region=kz-akt')).toBe(await csv('region=KZ-15'));
  });

  it('when an official writes a lower-case code, then the canonical upper-case code is stored', async () => {
    const id = 'maslikhat-recommendations';
    const before: Json = await app.json(`/api/initiatives/${id}`);
    const [typed, expected] = before.region === 'KZ-79' ? ['kz-shy', 'KZ-71'] : ['kz-79', 'KZ-79'];
    const res = await app.fetch(`/api/initiatives/${id}/details`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({ version: before.version, region: typed, note: 'Region corrected.' }),
    });
    expect(res.status).toBe(200);
    expect((await app.json(`/api/initiatives/${id}`)).region).toBe(expected);
    const history: Json = await app.json(`/api/initiatives/${id}/history`);
    expect(history.items[0].changes).toEqual([{ field: 'region', from: before.region, to: expected }]);
  });

  it('when an initiative is created with a lower-case letter code, then it is stored under the numeric code', async () => {
    const res = await app.fetch('/api/initiatives', {
      method: 'POST',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({
        id: 'lower-case-region',
        kind: 'practice',
        title: { ru: 'Отчёты депутатов', en: 'Reports by deputies' },
        summary: { ru: 'Депутаты отчитываются', en: 'Deputies report' },
        ownerId: 'senate',
        region: 'kz-akt',
        tags: [],
        noSource: true,
      }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Json).region).toBe('KZ-15');
  });

  it('when an import is confirmed with a lower-case code, then the new initiative carries the canonical code', async () => {
    const created = await importJson(app, { ...metadata, text: freshText() }, cookie);
    expect(created.status).toBe(201);
    const draft: Json = await created.json();
    const call = draft.candidates[2];
    const res = await app.fetch(`/api/imports/${draft.id}/confirm`, {
      method: 'POST',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({
        initiatives: [
          {
            id: 'lower-case-import',
            kind: call.kind,
            title: { ru: 'Правила отбора депутатов', en: 'Rules for selecting deputies' },
            ownerId: call.ownerId ?? 'mazhilis',
            region: 'kz-75',
            status: call.status,
            passage: { quote: call.quote },
          },
        ],
        updates: [],
      }),
    });
    expect(res.status).toBe(201);
    expect((await app.json('/api/initiatives/lower-case-import')).region).toBe('KZ-75');
  });

  it('when a region is no code of Kazakhstan, then 400 problem+json names the region field', async () => {
    for (const value of ['KZ-XYZ', 'RU-MOW', 'kz-99']) {
      const res = await app.fetch(`/api/initiatives?region=${value}`);
      expect(res.status, value).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body: Json = await res.json();
      expect(body.errors.map((error: Json) => error.field)).toEqual([expect.stringMatching(/^region/)]);
    }
  });

  it('when an official writes a letter code, then the numeric one is stored and the history names it', async () => {
    const id = 'maslikhat-recommendations';
    const before: Json = await app.json(`/api/initiatives/${id}`);
    const target = before.region === 'KZ-27' ? 'KZ-ZHA' : 'KZ-ZAP';
    const res = await app.fetch(`/api/initiatives/${id}/details`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({ version: before.version, region: target, note: 'Region corrected.' }),
    });
    expect(res.status).toBe(200);
    const after: Json = await app.json(`/api/initiatives/${id}`);
    const expected = target === 'KZ-ZAP' ? 'KZ-27' : 'KZ-31';
    expect(after.region).toBe(expected);
    const history: Json = await app.json(`/api/initiatives/${id}/history`);
    expect(history.items[0].changes).toEqual([{ field: 'region', from: before.region, to: expected }]);
  });

  it('when an official writes a region that is no code of Kazakhstan, then 400 names the region field', async () => {
    const id = 'maslikhat-recommendations';
    const before: Json = await app.json(`/api/initiatives/${id}`);
    const res = await app.fetch(`/api/initiatives/${id}/details`, {
      method: 'PATCH',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({ version: before.version, region: 'KZ-BAY', note: 'Region corrected.' }),
    });
    expect(res.status).toBe(400);
    const body: Json = await res.json();
    expect(body.errors.map((error: Json) => error.field)).toEqual(['region']);
  });
});
