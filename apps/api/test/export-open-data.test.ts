import { initiativeSchema, sourceDocumentWithPassagesSchema, statusChangeSchema } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChange } from './export-fixtures.ts';
import { createSeededStore, type Json, startTestApp, type TestApp } from './test-app.ts';

describe('GET /api/export/open-data.json', () => {
  let app: TestApp;

  beforeAll(async () => {
    const store = await createSeededStore();
    await insertChange(store.db, {
      initiativeId: 'youth-social-lifts',
      note: 'тест "кавычки"\n',
      at: '2026-01-02T00:00:00.000Z',
    });
    app = await startTestApp({ store, now: () => new Date('2026-11-27T12:00:00.000Z') });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when downloaded, then it holds the schema version, every source with its text, every initiative and every change', async () => {
    const res = await app.fetch('/api/export/open-data.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('civic-monitor-open-data-2026-11-27.json');
    const dump: Json = await res.json();
    expect(dump.schemaVersion).toBe('1.1');
    expect(dump.generatedAt).toBe('2026-11-27T12:00:00.000Z');

    expect(dump.sources).toHaveLength(1);
    const source = sourceDocumentWithPassagesSchema.parse(dump.sources[0]);
    expect(source.text.length).toBeGreaterThan(0);
    expect(source.publishedAt).toBeNull();

    const list: Json = await app.json('/api/initiatives?pageSize=100');
    expect(dump.initiatives.map((i: Json) => i.id)).toEqual(list.items.map((i: Json) => i.id));
    for (const initiative of dump.initiatives) {
      const parsed = initiativeSchema.parse(initiative);
      if (parsed.source) expect(source.text.slice(parsed.source.start, parsed.source.end)).toBe(parsed.source.quote);
    }

    let changes = 0;
    for (const item of list.items) changes += (await app.json(`/api/initiatives/${item.id}/history`)).items.length;
    expect(dump.history).toHaveLength(changes);
    for (const change of dump.history) statusChangeSchema.strict().parse(change);
    expect(dump.history[0].note).toBe('тест "кавычки"\n');
  });

  it('when given any query parameter, then it answers 400 problem+json', async () => {
    const res = await app.fetch('/api/export/open-data.json?format=xml');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
