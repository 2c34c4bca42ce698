import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { nearMisses } from './quote-near-misses.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const quote = 'Глава Сената поздравила депутатов с 25-летием со дня образования маслихатов.';

describe('POST /api/initiatives', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    const { username, password } = await createUser(app.store, { role: 'admin', displayName: 'Register Admin' });
    cookie = await login(app, username, password);
  });
  afterAll(() => app.close());

  const create = (body: unknown) =>
    app.fetch('/api/initiatives', { method: 'POST', headers: jsonHeaders(cookie), body: JSON.stringify(body) });

  const base = {
    kind: 'practice',
    title: { ru: 'Ежеквартальные отчёты депутатов', en: 'Quarterly reports by deputies' },
    summary: { ru: 'Депутаты отчитываются перед избирателями', en: 'Deputies report to voters' },
    ownerId: 'senate',
    region: 'KZ-15',
    tags: ['reporting'],
  };

  it('when the quote stands once in the document, then 201 with its code-point span and a first history row', async () => {
    const text: string = (await app.json('/api/sources/senate-aktobe-maslikhat')).text;
    const occurrences = text.split(quote).length - 1;
    expect(occurrences).toBe(1);
    const res = await create({
      ...base,
      id: 'quarterly-reports',
      status: 'in_progress',
      source: { documentId: 'senate-aktobe-maslikhat', quote },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/initiatives/quarterly-reports');
    const detail = await readJson(res);
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    expect(detail.source).toEqual({
      documentId: 'senate-aktobe-maslikhat',
      quote,
      start,
      end: start + Array.from(quote).length,
    });
    expect(detail).toMatchObject({ status: 'in_progress', progress: 25, version: 1, parentId: null });
    const history = (await app.json('/api/initiatives/quarterly-reports/history')).items;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'in_progress', actor: 'Register Admin' });
    const found = await app.json('/api/initiatives?q=quarterly');
    expect(found.items.map((i: { id: string }) => i.id)).toEqual(['quarterly-reports']);
  });

  it('when marked noSource, then it is stored and shown without a source, after the sourced ones', async () => {
    const res = await create({ ...base, id: 'unsourced-practice', noSource: true });
    expect(res.status).toBe(201);
    const detail = await readJson(res);
    expect(detail.source).toBeNull();
    expect(detail.status).toBe('proposed');
    const list = await app.json('/api/initiatives?pageSize=100&sort=source');
    expect(list.items.at(-1).id).toBe('unsourced-practice');
  });

  it('when a parent is named, then the child appears under it and the parent rolls up', async () => {
    const res = await create({
      ...base,
      id: 'youth-reporting',
      parentId: 'regional-assemblies-status',
      noSource: true,
    });
    expect(res.status).toBe(201);
    const parent = await app.json('/api/initiatives/regional-assemblies-status');
    expect(parent.children.map((c: { id: string }) => c.id)).toContain('youth-reporting');
    const mean = Math.round(
      parent.children.reduce((sum: number, c: { progress: number }) => sum + c.progress, 0) / parent.children.length,
    );
    expect(parent.progress).toBe(mean);
  });

  it('when the id is taken, then 409 already-exists (not a version conflict), as the OpenAPI document says, and the existing initiative is unchanged', async () => {
    const before = await app.json('/api/initiatives/full-time-deputies');
    const res = await create({ ...base, id: 'full-time-deputies', noSource: true });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await readJson(res);
    expect(problem).toMatchObject({ type: '/problems/already-exists', title: 'Already exists' });
    expect(problem.errors).toEqual([{ field: 'id', message: 'is taken', code: 'taken' }]);
    const document = await app.json('/api/openapi.json');
    const declared = document.paths['/api/initiatives'].post.responses['409'].content['application/problem+json'];
    expect(declared.schema.properties.type.enum).toEqual(['/problems/already-exists']);
    expect(await app.json('/api/initiatives/full-time-deputies')).toEqual(before);
  });

  it('when the quote stands more than once, then 400 naming source.quote', async () => {
    const res = await create({
      ...base,
      id: 'ambiguous',
      source: { documentId: 'senate-aktobe-maslikhat', quote: 'маслихат' },
    });
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors[0].field).toBe('source.quote');
  });

  nearMisses.forEach(({ name, quote }, n) => {
    it(`when the quote has ${name}, then 400 problem+json naming source.quote and nothing is stored`, async () => {
      const id = `near-miss-quote-${n}`;
      const res = await create({ ...base, id, source: { documentId: 'senate-aktobe-maslikhat', quote } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await readJson(res)).errors).toEqual([expect.objectContaining({ field: 'source.quote' })]);
      expect((await app.fetch(`/api/initiatives/${id}`)).status).toBe(404);
    });
  });
});
