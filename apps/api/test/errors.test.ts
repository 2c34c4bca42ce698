import type { Role } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedTypes } from '../src/http/content-type.ts';
import type { Route } from '../src/http/route.ts';
import { routeTable } from '../src/routes.ts';
import { assess, assessmentInput, loginMonitor } from './assessment-fixtures.ts';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { createRawClient } from './reliability-http.ts';
import { type Json, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

describe('errors are problem details', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const expectProblem = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body: Json = await res.json();
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules|Error:/);
    // An error is never revalidated or kept: no validator, and no cache may store it.
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    return body as Json;
  };

  it.each([
    ['status=bogus', 'status'],
    ['pageSize=100000', 'pageSize'],
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['sort=secret', 'sort'],
    ['lang=de', 'lang'],
    ['overdue=yes', 'overdue'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['page=1&page=2', 'page'],
    ['unknown=1', 'unknown'],
  ])('when the list is asked with %s, then 400 names the field %s', async (query, field) => {
    const body = await expectProblem(await app.fetch(`/api/initiatives?${query}`), 400);
    expect(body.errors.map((e: { field: string }) => e.field.split('.')[0])).toContain(field);
  });

  it('when an unknown id is asked for, then 404', async () => {
    await expectProblem(await app.fetch('/api/initiatives/no-such-thing'), 404);
    await expectProblem(await app.fetch('/api/initiatives/no-such-thing/history'), 404);
    await expectProblem(await app.fetch('/api/sources/no-such-source'), 404);
  });

  it('when the id is not even well formed, then still 404, not 500', async () => {
    await expectProblem(await app.fetch('/api/initiatives/%D0%96%00%27%22'), 404);
    await expectProblem(await app.fetch(`/api/initiatives/${'a'.repeat(500)}`), 404);
  });

  it('when an unknown route under /api is asked for, then 404 problem, for any method', async () => {
    await expectProblem(await app.fetch('/api/nothing-here'), 404);
    await expectProblem(await app.fetch('/api/nothing-here', { method: 'DELETE' }), 404);
  });

  it('when a body is larger than allowed, then 413 problem', async () => {
    const res = await app.fetch('/api/nothing-here', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'x'.repeat(200_000) }),
    });
    await expectProblem(res, 413);
  });

  it('when a body is not valid JSON, then 400 problem naming the body', async () => {
    const res = await app.fetch('/api/nothing-here', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken": ',
    });
    const body = await expectProblem(res, 400);
    expect(body.errors[0].field).toBe('body');
  });

  it('when a body is valid JSON but not an object or a list, then 400 saying so, not that it is not JSON', async () => {
    for (const text of ['null', '42', '"text"', ' true ']) {
      const res = await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      const body = await expectProblem(res, 400);
      expect(body.errors, text).toEqual([
        { field: 'body', message: 'must be a JSON object', code: 'invalid_type', expected: 'object' },
      ]);
    }
  });

  it('when a known path is asked with a method it does not have, then 405 with Allow, and OPTIONS lists them', async () => {
    const res = await app.fetch('/api/initiatives', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const body = await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect(body.errors[0].field).toBe('method');
    const detail = await app.fetch('/api/initiatives/full-time-deputies', { method: 'DELETE' });
    await expectProblem(detail, 405);
    expect(detail.headers.get('allow')).toContain('PATCH');
    const options = await app.fetch('/api/initiatives/full-time-deputies', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, PATCH, OPTIONS');
  });

  it('when a write sends a body that is not JSON, then 415 naming Content-Type, and nothing is written', async () => {
    const cookie = await loginAs(app, 'official');
    const before: Json = await (await app.fetch('/api/initiatives/full-time-deputies')).json();
    const res = await updateInitiative(
      app,
      cookie,
      'full-time-deputies',
      { version: before.version, status: 'adopted', note: 'as text' },
      { 'content-type': 'text/plain' },
    );
    const body = await expectProblem(res, 415);
    expect(body.errors[0].field).toBe('Content-Type');
    const after: Json = await (await app.fetch('/api/initiatives/full-time-deputies')).json();
    expect(after.version).toBe(before.version);
  });

  it('when JSON is sent to the spreadsheet import, then 415 naming Content-Type and multipart/form-data, and no dry run', async () => {
    const cookie = await loginAs(app, 'official');
    const res = await app.fetch('/api/spreadsheet-imports', {
      method: 'POST',
      headers: jsonHeaders(cookie),
      body: JSON.stringify({ file: 'id,version' }),
    });
    const body = await expectProblem(res, 415);
    expect(body.detail).toBe('Send the body as multipart/form-data.');
    expect(body.errors).toEqual([
      {
        field: 'Content-Type',
        message: 'must be multipart/form-data, not application/json',
        code: 'unsupported_media_type',
      },
    ]);
    expect(res.headers.get('accept-post')).toBe('multipart/form-data');
  });

  const bodyRoutes = (routeTable as readonly Route<unknown>[]).filter((route) => acceptedTypes(route).length > 0);
  it.each(bodyRoutes.map((route) => [route.method.toUpperCase(), route.path, route] as const))(
    'when %s %s is sent a body of a type it does not read, then 415 naming Content-Type and each type it reads',
    async (method, path, route) => {
      const role: Role = route.access === 'public' || route.access === 'signed_in' ? 'admin' : route.access;
      const cookie = await loginAs(app, role);
      const url = path.replace(/:\w+/g, 'no-such-thing');
      const res = await app.fetch(url, {
        method,
        headers: { cookie, 'content-type': 'text/plain' },
        body: 'title=x',
      });
      const body = await expectProblem(res, 415);
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['Content-Type']);
      for (const type of acceptedTypes(route)) expect(body.detail).toContain(type);
    },
  );

  it('when a route reads a body, then it says which types it reads (a route that takes a file, multipart)', () => {
    const accepts = Object.fromEntries(bodyRoutes.map((r) => [`${r.method} ${r.path}`, acceptedTypes(r).join()]));
    expect(accepts['post /api/spreadsheet-imports']).toBe('multipart/form-data');
    expect(accepts['post /api/imports']).toBe('application/json,multipart/form-data');
    expect(accepts['patch /api/initiatives/:id']).toBe('application/json');
  });

  it('when a write and a list name several unknown fields, then each is named on its own, and nothing is written', async () => {
    const cookie = await loginAs(app, 'official');
    const before: Json = await (await app.fetch('/api/initiatives/full-time-deputies')).json();
    const res = await updateInitiative(app, cookie, 'full-time-deputies', {
      version: before.version,
      status: 'adopted',
      reason: 'x',
      bogus: 1,
    });
    const body = await expectProblem(res, 400);
    const fields = body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['reason', 'bogus']));
    expect(fields.some((field: string) => field.includes(','))).toBe(false);
    const list = await expectProblem(await app.fetch('/api/initiatives?one=1&two=2'), 400);
    expect(list.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['one', 'two']));
    const after: Json = await (await app.fetch('/api/initiatives/full-time-deputies')).json();
    expect(after.version).toBe(before.version);
  });

  it('when a write names a version that has moved on, then 409 carries no ETag and no cache may keep it', async () => {
    const cookie = await loginAs(app, 'official');
    const seen: Json = await (await app.fetch('/api/initiatives/senate-council-local-bodies')).json();
    const write = (note: string) =>
      updateInitiative(app, cookie, 'senate-council-local-bodies', { version: seen.version, verifiedOnly: true, note });
    const first = await write('Still working.');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBeNull();
    const body = await expectProblem(await write('Seen before the first.'), 409);
    expect(body.current.version).toBe(seen.version + 1);
  });

  it('when an error answers a HEAD or a request that names an ETag, then it still carries none', async () => {
    const head = await app.fetch('/api/initiatives/no-such-thing', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.headers.get('etag')).toBeNull();
    expect(head.headers.get('cache-control')).toBe('no-store');
    const conditional = await app.fetch('/api/initiatives?status=bogus', { headers: { 'if-none-match': '*' } });
    await expectProblem(conditional, 400);
  });

  it('when If-Match is *, then 428 says it names no version', async () => {
    const cookie = await loginAs(app, 'official');
    const res = await app.fetch('/api/initiatives/full-time-deputies', {
      method: 'PATCH',
      headers: { ...jsonHeaders(cookie), 'if-match': '*' },
      body: JSON.stringify({ status: 'adopted', note: 'any version' }),
    });
    const body = await expectProblem(res, 428);
    expect(body.errors[0]).toEqual({ field: 'version', message: 'If-Match: * names no version', code: 'invalid' });
  });

  it('when the query string is very long, then the problem does not echo it in full', async () => {
    const res = await app.fetch(`/api/initiatives?q=${'я'.repeat(200)}&lang=de`);
    const body = await expectProblem(res, 400);
    expect(body.instance).toBe('/api/initiatives');
    const short = await expectProblem(await app.fetch('/api/initiatives?lang=de'), 400);
    expect(short.instance).toBe('/api/initiatives?lang=de');
  });

  it('when the request headers are too large, then 431 with its own problem type, not a validation error', async () => {
    const client = createRawClient(app.url, 1);
    const res = await client.send({ method: 'GET', path: `/api/initiatives?q=${'a'.repeat(20_000)}` });
    client.close();
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body.toString()).type).toBe('/problems/request-headers-too-large');
  });

  it('when an error is answered, then the security headers are still there', async () => {
    const res = await app.fetch('/api/initiatives?status=bogus');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('a field error says what is wrong for machines too: a code and its parameters beside the message', () => {
  let app: TestApp;
  let monitor: string;
  beforeAll(async () => {
    app = await startTestApp({ now: () => new Date('2027-03-01T09:00:00.000Z') });
    monitor = await loginMonitor(app, 'Transparency Watch');
  });
  afterAll(() => app.close());

  const errorsOf = async (overrides: Json) => {
    const res = await assess(app, monitor, 'maslikhat-recommendations', { ...assessmentInput(), ...overrides });
    expect(res.status).toBe(400);
    return (await readJson(res)).errors as Json[];
  };

  it('when a text is too long, then too_big with origin string and the maximum', async () => {
    expect(await errorsOf({ rationale: `Long enough ${'x'.repeat(4000)}` })).toEqual([
      { field: 'rationale', message: expect.any(String), code: 'too_big', origin: 'string', maximum: 4000 },
    ]);
  });

  it('when a field is missing, then required', async () => {
    expect(await errorsOf({ asOf: undefined })).toEqual([{ field: 'asOf', message: 'is required', code: 'required' }]);
  });

  it('when a list has too many entries, then too_big with origin array and the maximum', async () => {
    const evidenceUrls = Array.from({ length: 11 }, (_, i) => `https://e.example/${i}`);
    expect(await errorsOf({ evidenceUrls })).toEqual([
      { field: 'evidenceUrls', message: expect.any(String), code: 'too_big', origin: 'array', maximum: 10 },
    ]);
  });

  it('when one entry of a list is wrong, then its code is given under the path of the entry', async () => {
    const errors = await errorsOf({ evidenceUrls: ['https://ok.example', `https://e.example/${'x'.repeat(2000)}`] });
    expect(errors).toEqual([expect.objectContaining({ field: 'evidenceUrls.1', code: 'too_big', origin: 'string' })]);
  });

  it('when a day lies after today, then after_today with today as the maximum', async () => {
    expect(await errorsOf({ asOf: '2027-03-02' })).toEqual([
      { field: 'asOf', message: expect.any(String), code: 'after_today', maximum: '2027-03-01' },
    ]);
  });

  it('when a day lies outside the span a day may be entered in, then before_min or after_max with the bound', async () => {
    expect(await errorsOf({ asOf: '1999-12-31' })).toEqual([
      { field: 'asOf', message: expect.any(String), code: 'before_min', minimum: '2000-01-01' },
    ]);
    expect(await errorsOf({ asOf: '2100-12-31' })).toEqual([
      { field: 'asOf', message: expect.any(String), code: 'after_today', maximum: '2027-03-01' },
    ]);
    expect(await errorsOf({ asOf: '2101-01-01' })).toEqual([
      { field: 'asOf', message: expect.any(String), code: 'after_max', maximum: '2100-12-31' },
    ]);
  });

  it('when a field is unknown, or a refinement without a code of its own fails, then unrecognized_key or invalid', async () => {
    expect(await errorsOf({ status: 'completed' })).toEqual([
      { field: 'status', message: 'is not a field of this request', code: 'unrecognized_key' },
    ]);
    expect(await errorsOf({ evidenceUrls: [] })).toEqual([
      { field: 'evidenceUrls', message: expect.any(String), code: 'invalid' },
    ]);
  });

  it('when a body is not JSON, then invalid_json; when it is no JSON type at all, then unsupported_media_type', async () => {
    const broken = await app.fetch('/api/nothing-here', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken": ',
    });
    expect((await readJson(broken)).errors).toEqual([
      { field: 'body', message: expect.any(String), code: 'invalid_json' },
    ]);
    const text = await app.fetch('/api/initiatives/maslikhat-recommendations/assessments', {
      method: 'POST',
      headers: { cookie: monitor, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect((await readJson(text)).errors).toEqual([
      expect.objectContaining({ field: 'Content-Type', code: 'unsupported_media_type' }),
    ]);
  });
});

describe('health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when the database answers, then /healthz and /readyz are ok', async () => {
    expect((await app.fetch('/healthz')).status).toBe(200);
    const ready = await app.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as Json).status).toBe('ready');
  });

  it('when a probe answers, then no cache may keep it and it carries no validator, beside the security headers', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const res = await app.fetch(path);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Number(res.headers.get('content-length'))).toBe((await res.arrayBuffer()).byteLength);
    }
    const head = await app.fetch('/healthz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('when the database is closed, then /readyz says so with 503', async () => {
    const other = await startTestApp();
    await other.store.close();
    const res = await other.fetch('/readyz');
    expect(res.status).toBe(503);
    await other.close().catch(() => undefined);
  });
});
