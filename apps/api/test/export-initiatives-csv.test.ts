import {
  type Initiative,
  initiativeCsvColumns,
  type Language,
  type LocalizedText,
  ratingLabels,
  statusLabels,
} from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCells, readCsv } from './export-csv-helpers.ts';
import { insertTrickyInitiatives, trickyTexts } from './export-fixtures.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

const publicUrl = 'https://civic-monitor.example';
const fixedNow = new Date('2026-11-27T12:00:00.000Z');

const inLanguage = (text: LocalizedText, lang: Language) => (lang === 'kk' ? (text.kk ?? text.ru) : text[lang]);

/** What the documented columns must say for an initiative of the list, before neutralising. */
function expectedRow(item: Initiative, lang: Language): Record<string, string> {
  return {
    id: item.id,
    parent_id: item.parentId ?? '',
    title: inLanguage(item.title, lang),
    summary: inLanguage(item.summary, lang),
    kind: item.kind,
    owner: inLanguage(item.owner.name, lang),
    region: item.region,
    status: item.status,
    status_label: statusLabels[lang][item.status],
    progress: String(item.progress),
    legislative_stage: item.legislativeStage ?? '',
    target_date: item.targetDate ?? '',
    overdue: String(item.overdue),
    stale: String(item.stale),
    last_verified_at: item.lastVerifiedAt ?? '',
    updated_at: item.updatedAt,
    source_document: item.source?.documentId ?? '',
    source_quote: item.source?.quote ?? '',
    independent_rating: item.latestAssessment?.rating ?? '',
    independent_rating_label: item.latestAssessment ? ratingLabels[lang][item.latestAssessment.rating] : '',
    independent_assessed_at: item.latestAssessment?.asOf ?? '',
    independent_assessor: item.latestAssessment
      ? `${item.latestAssessment.organisation} (${item.latestAssessment.assessor})`
      : '',
    agreement: item.agreement,
    url: `${publicUrl}/initiatives/${item.id}`,
  };
}

describe('GET /api/export/initiatives.csv', () => {
  let app: TestApp;
  let trickyIds: string[];

  /** Every page of the list for the same filters. */
  async function listAll(query: string): Promise<{ items: Initiative[]; total: number }> {
    const items: Initiative[] = [];
    let total = 0;
    for (let page = 1; page === 1 || items.length < total; page += 1) {
      const body: Json = await app.json(`/api/initiatives?${query}&pageSize=5&page=${page}`);
      total = body.total;
      items.push(...body.items);
      if (body.items.length === 0) break;
    }
    return { items, total };
  }

  beforeAll(async () => {
    const store = await createSeededStore();
    trickyIds = await insertTrickyInitiatives(store.db);
    app = await startTestApp({ store, publicUrl, now: () => fixedNow });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when downloaded, then it is a dated UTF-8 CSV attachment with BOM, CRLF and the documented header', async () => {
    const res = await app.fetch('/api/export/initiatives.csv');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="civic-monitor-initiatives-2026-11-27.csv"; filename*=UTF-8''civic-monitor-initiatives-2026-11-27.csv`,
    );
    const file = await readCsv(res);
    expect(file.header).toEqual([...initiativeCsvColumns]);
    expect(file.text.split('\r\n')[0]).toBe(`\uFEFF${initiativeCsvColumns.join(',')}`);
  });

  it.each([
    '',
    'status=proposed',
    'kind=practice&sort=-title',
    'q=молод',
    'owner=aktobe-maslikhat',
    'status=in_progress,stalled&sort=-progress&lang=en',
    'overdue=true',
  ])('when filtered by "%s", then it has exactly the list rows of every page, in the list order', async (query) => {
    const list = await listAll(query);
    const file = await readCsv(await app.fetch(`/api/export/initiatives.csv?${query}`));
    expect(file.records).toHaveLength(list.total);
    expect(file.records.map((r) => r.id)).toEqual(list.items.map((i) => i.id));
  });

  it.each(['ru', 'en', 'kk'] as const)(
    'when exported in %s, then every field of every row round-trips after undoing the neutralising',
    async (lang) => {
      const list = await listAll(`lang=${lang}`);
      const file = await readCsv(await app.fetch(`/api/export/initiatives.csv?lang=${lang}`));
      expect(file.records).toEqual(list.items.map((item) => expectedRow(item, lang)));
    },
  );

  it('when a tricky value is exported, then it comes back exactly, Cyrillic, quotes and line breaks included', async () => {
    const file = await readCsv(await app.fetch('/api/export/initiatives.csv?owner=test-tricky-owner'));
    expect(file.records.map((r) => r.id)).toEqual(trickyIds);
    expect(file.records.map((r) => r.title)).toEqual([...trickyTexts]);
    expect(file.records.map((r) => r.summary)).toEqual(trickyTexts.map((t) => `-${t}`));
    expect(new Set(file.records.map((r) => r.owner))).toEqual(new Set(['=HYPERLINK("x")']));
  });

  it('when a cell could start a formula, then the raw cell starts with an apostrophe instead', async () => {
    const file = await readCsv(await app.fetch('/api/export/initiatives.csv?owner=test-tricky-owner&lang=en'));
    const cells = rawCells(file);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain("'=SUM(A1)");
    expect(cells).toContain("'+7 701 000 0000");
    expect(cells).toContain('\'@owner, "quoted"');
    expect(cells).toContain("''already quoted");
    expect(file.text).toContain('"quote ""x"", comma"');
  });

  it('when sep is ";", then cells are separated by semicolons and still round-trip', async () => {
    const res = await app.fetch(`/api/export/initiatives.csv?sep=${encodeURIComponent(';')}&owner=test-tricky-owner`);
    const file = await readCsv(res, ';');
    expect(file.text.split('\r\n')[0]).toBe(`\uFEFF${initiativeCsvColumns.join(';')}`);
    expect(file.records.map((r) => r.title)).toEqual([...trickyTexts]);
    expect(file.text).toContain('"semi;colon"');
  });

  it('when nothing matches, then the file still has its header row', async () => {
    const file = await readCsv(await app.fetch('/api/export/initiatives.csv?q=nothing-matches-this'));
    expect(file.header).toEqual([...initiativeCsvColumns]);
    expect(file.records).toEqual([]);
  });

  it.each([
    ['sep=%7C', 'sep'],
    ['lang=de', 'lang'],
    ['status=bogus', 'status'],
    ['sort=password', 'sort'],
    ['page=2', 'page'],
    ['sep=%2C&sep=%3B', 'sep'],
  ])('when given %s, then it answers 400 problem+json naming %s', async (query, field) => {
    const res = await app.fetch(`/api/export/initiatives.csv?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const problem: Json = await res.json();
    const fields: string[] = problem.errors.map((e: { field: string }) => e.field.split('.')[0]);
    expect(fields).toContain(field);
  });
});
