import { assessmentCsvColumns, initiativeCsvColumns, ratingLabels } from '@civic/shared';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, assessmentInput, loginMonitor } from './assessment-fixtures.ts';
import { readCsv } from './export-csv-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const target = 'senate-council-local-bodies';

describe('assessments in the exports and feeds', () => {
  let app: TestApp;
  const ids: string[] = [];
  beforeAll(async () => {
    // Each reading of the clock a second later, so the record's order is the order of writing.
    let tick = Date.parse('2027-03-01T09:00:00.000Z');
    const now = () => {
      tick += 1000;
      return new Date(tick);
    };
    app = await startTestApp({ now });
    const monitor = await loginMonitor(app, 'Open Data Watch');
    for (const [id, rating] of [
      [target, 'substantial'],
      [target, 'limited'],
      ['council-two-way-link', 'not_started'],
    ] as const) {
      const res = await assess(
        app,
        monitor,
        id,
        assessmentInput({ rating, rationale: `Rated ${rating} after a visit; minutes seen.` }),
      );
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as Json).id);
    }
  });
  afterAll(() => app.close());

  it('when the initiatives CSV is read, then it carries the latest independent rating, its label, date, assessor and agreement', async () => {
    const ru = await readCsv(await app.fetch('/api/export/initiatives.csv?lang=ru'));
    expect(ru.header).toEqual([...initiativeCsvColumns]);
    const row = ru.records.find((r) => r.id === target);
    expect(row).toMatchObject({
      independent_rating: 'limited',
      independent_rating_label: ratingLabels.ru.limited,
      independent_assessed_at: '2027-03-01',
      independent_assessor: expect.stringMatching(/^Open Data Watch \(/),
      agreement: 'disagree',
    });
    expect(ru.records.find((r) => r.id === 'youth-social-lifts')).toMatchObject({
      independent_rating: '',
      agreement: 'not_assessed',
    });
    const en = await readCsv(await app.fetch('/api/export/initiatives.csv?lang=en&assessment=disagree'));
    expect(en.records.map((r) => [r.id, r.independent_rating_label])).toEqual([[target, ratingLabels.en.limited]]);
  });

  it('when the assessments CSV is read, then every assessment is a row, the superseded one naming its successor', async () => {
    const kk = await readCsv(await app.fetch('/api/export/assessments.csv?lang=kk&sep=;'), ';');
    expect(kk.header).toEqual([...assessmentCsvColumns]);
    expect(kk.records.map((r) => r.id)).toEqual(ids);
    expect(kk.records.map((r) => r.superseded_by)).toEqual([ids[1], '', '']);
    expect(kk.records[1]).toMatchObject({
      rating: 'limited',
      rating_label: ratingLabels.kk.limited,
      evidence_urls: 'https://example.org/minutes',
      organisation: 'Open Data Watch',
    });
    const bad = await app.fetch('/api/export/assessments.csv?lang=de');
    expect(bad.status).toBe(400);
  });

  it('when the open data is read, then it holds the record and each initiative its latest assessment', async () => {
    const dump: Json = await app.json('/api/export/open-data.json');
    expect(dump.assessments.map((a: Json) => a.id)).toEqual(ids);
    expect(dump.assessments[0].supersededBy).toBe(ids[1]);
    const initiative = dump.initiatives.find((i: Json) => i.id === target);
    expect(initiative).toMatchObject({ officialRating: 'complete', agreement: 'disagree' });
    expect(initiative.latestAssessment.id).toBe(ids[1]);
  });

  it('when the feeds are read, then assessments are entries with the same rating label, newest first', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
    for (const path of ['/api/feed.atom', `/api/initiatives/${target}/feed.atom`]) {
      const feed = parser.parse(await (await app.fetch(path)).text()).feed;
      const titles: string[] = feed.entry.map((e: Json) => e.title);
      expect(titles[0], path).toContain(
        `независимая оценка: ${ratingLabels.ru[path === '/api/feed.atom' ? 'not_started' : 'limited']}`,
      );
      const ours = feed.entry.filter((e: Json) => String(e.id).endsWith(ids[1] ?? '-'));
      expect(ours).toHaveLength(1);
      expect(ours[0].author.name).toMatch(/^Open Data Watch \(/);
      expect(ours[0].content['#text']).toContain('https://example.org/minutes');
    }
    const english = parser.parse(await (await app.fetch('/api/feed.atom?lang=en')).text()).feed;
    expect(english.entry[0].title).toContain(`independent assessment: ${ratingLabels.en.not_started}`);
  });
});
