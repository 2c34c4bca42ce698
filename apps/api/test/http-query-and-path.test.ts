import { isListParam, type Role } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Access, Route } from '../src/http/route.ts';
import { routeTable } from '../src/routes.ts';
import { loginAs } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const badlyEncoded = '%E0%A4%A';

type Field = { field: string; message: string };

/** A problem+json 400 and its per-field errors. */
async function badRequest(res: Response, what: string): Promise<Field[]> {
  expect(res.status, what).toBe(400);
  expect(res.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  const body: Json = await res.json();
  expect(body.type, what).toBe('/problems/validation-error');
  expect(body.errors, what).toEqual(expect.any(Array));
  return body.errors;
}

const routes = routeTable as readonly Route<unknown>[];
const queryFields = (route: Route<unknown>) => Object.entries((route.query?.shape ?? {}) as Record<string, z.ZodType>);
const withQuery = routes.filter((route) => queryFields(route).length > 0);

describe('what a 400 says of each field', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a number is past every bound, then its field is named once, by the bound the API sets', async () => {
    const errors = await badRequest(
      await app.fetch('/api/initiatives?pageSize=100000000000000000000000'),
      'pageSize past the safe integers',
    );
    expect(errors).toEqual([
      {
        field: 'pageSize',
        message: expect.stringMatching(/<=\s*100\b/),
        code: 'too_big',
        origin: 'number',
        maximum: 100,
      },
    ]);
    expect(JSON.stringify(errors)).not.toContain('9007199254740991');
  });

  it('when a required field is missing, then it is named as required, not by the type it would have had', async () => {
    const errors = await badRequest(
      await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'someone' }),
      }),
      'login without a password',
    );
    expect(errors).toEqual([{ field: 'password', message: 'is required', code: 'required' }]);
  });

  it('when a list field has a value it does not allow, then the value is refused, not called missing', async () => {
    for (const query of ['status=flying', 'status=in_progress,flying', 'kind=in_progress']) {
      const errors = await badRequest(await app.fetch(`/api/initiatives?${query}`), query);
      expect(errors, query).toHaveLength(1);
      expect(errors[0]?.field, query).toMatch(/^(status|kind)\.\d$/);
      expect(errors[0]?.message, query).toMatch(/expected one of/);
    }
  });
});

describe('repeated and badly encoded query parameters and path segments', () => {
  let app: TestApp;
  let initiativeId: string;
  const cookies: Partial<Record<Access, string>> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const list: Json = await app.json('/api/initiatives?pageSize=1');
    initiativeId = list.items[0].id;
    for (const role of ['official', 'monitor', 'admin'] satisfies Role[]) cookies[role] = await loginAs(app, role);
    cookies.signed_in = cookies.official;
  });
  afterAll(async () => {
    await app.close();
  });

  /** Asks `route` with `query` (and `path` in place of its own), as a user it lets through. */
  const ask = (route: Route<unknown>, query: string, path?: string) => {
    const cookie = route.access === 'public' ? undefined : cookies[route.access];
    const target = path ?? route.path.replace(/:\w+/g, initiativeId);
    return app.fetch(`${target}${query ? `?${query}` : ''}`, {
      method: route.method.toUpperCase(),
      headers: cookie ? { cookie } : {},
    });
  };

  it.each([
    ['sort=title&sort=-title', 'sort'],
    ['page=1&page=2', 'page'],
    ['q=a&q=b', 'q'],
    ['pageSize=5&pageSize=6', 'pageSize'],
  ])('when the list is asked with %s, then 400 names %s as given once, in words', async (query, field) => {
    const errors = await badRequest(await app.fetch(`/api/initiatives?${query}`), query);
    expect(errors).toEqual([{ field, message: 'may be given only once; it was given 2 times', code: 'repeated' }]);
  });

  it('when a field is repeated and another is wrong too, then one answer names both', async () => {
    const errors = await badRequest(await app.fetch('/api/initiatives?sort=title&sort=kind&pageSize=0'), 'two faults');
    expect(errors.map((e) => e.field).sort()).toEqual(['pageSize', 'sort']);
    expect(errors).toContainEqual({
      field: 'sort',
      message: 'may be given only once; it was given 2 times',
      code: 'repeated',
    });
  });

  it('when a route with a query is asked with each single-valued field twice, then 400 names that field, on every such route', async () => {
    expect(withQuery.length).toBeGreaterThanOrEqual(6);
    let checked = 0;
    for (const route of withQuery) {
      for (const [name, field] of queryFields(route)) {
        if (isListParam(field)) continue;
        const what = `${route.method} ${route.path} ${name}`;
        const errors = await badRequest(await ask(route, `${name}=1&${name}=2`), what);
        expect(errors, what).toContainEqual({
          field: name,
          message: 'may be given only once; it was given 2 times',
          code: 'repeated',
        });
        expect(JSON.stringify(errors), what).not.toMatch(/expected (string|number)|received/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('when a list filter is repeated, then its values add up, as a comma-separated list does', async () => {
    const repeated: Json = await app.json('/api/initiatives?status=proposed&status=under_review&pageSize=100');
    const commas: Json = await app.json('/api/initiatives?status=proposed,under_review&pageSize=100');
    expect(repeated.total).toBeGreaterThan(0);
    expect(repeated).toEqual(commas);
    expect(new Set(repeated.items.map((i: Json) => i.status))).toEqual(new Set(['proposed', 'under_review']));
    const csv = await app.fetch(
      '/api/export/initiatives.csv?status=proposed&status=under_review&kind=practice&kind=legislation',
    );
    expect(csv.status).toBe(200);
  });

  it('when a list filter is repeated with values it does not know, then 400 names each value, never "expected string"', async () => {
    const errors = await badRequest(await app.fetch('/api/initiatives?status=a&status=b'), 'status=a&status=b');
    expect(errors.map((e) => e.field)).toEqual(['status.0', 'status.1']);
    for (const error of errors) expect(error.message).toContain('proposed');
    expect(JSON.stringify(errors)).not.toMatch(/expected string|received array/);
  });

  it('when any route is asked with a parameter it does not declare, then 400 names it as unrecognized, whoever asks, as the OpenAPI document says, and nothing is stored', async () => {
    const document: Json = await app.json('/api/openapi.json');
    const generation = async () =>
      Number(
        (await app.store.db.selectFrom('data_generation').select('value').where('id', '=', 1).executeTakeFirstOrThrow())
          .value,
      );
    const before = await generation();
    for (const route of routes) {
      const what = `${route.method} ${route.path}`;
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method];
      expect(operation.responses['400'].description, what).toMatch(/query parameter (was given|is unknown)/);
      const errors = await badRequest(await ask(route, 'zzUnknown=1'), what);
      expect(errors, what).toEqual([
        { field: 'zzUnknown', message: 'is not a field of this request', code: 'unrecognized_key' },
      ]);
    }
    expect(await generation()).toBe(before);
  });

  it.each([
    ['/api/stats?region=KZ-15', 'region'],
    ['/api/sources?foo=1', 'foo'],
    ['/api/initiatives/youth-social-lifts?x=1', 'x'],
    ['/api/initiatives?region=KZ-15&regions=KZ-15', 'regions'],
  ])('when %s is asked, then 400 names %s rather than answering as if it were not there', async (path, field) => {
    const errors = await badRequest(await app.fetch(path), path);
    expect(errors).toEqual([{ field, message: 'is not a field of this request', code: 'unrecognized_key' }]);
  });

  it(`when the path holds ${badlyEncoded} where an id goes, then 400 names the parameter`, async () => {
    const res = await app.fetch(`/api/initiatives/${badlyEncoded}`);
    const errors = await badRequest(res, 'initiative id');
    expect(errors).toEqual([
      { field: 'id', message: expect.stringContaining('percent-encoded UTF-8'), code: 'bad_encoding' },
    ]);
  });

  it('when any path parameter of any route is badly encoded, then 400 names that parameter, whoever asks, as the OpenAPI document says', async () => {
    const document: Json = await app.json('/api/openapi.json');
    let checked = 0;
    for (const route of routes.filter((r) => r.path.includes(':'))) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method];
      expect(operation.responses['400'].description, route.path).toContain(
        'path parameter is not valid percent-encoding',
      );
      for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
        const path = route.path.replace(`:${name}`, badlyEncoded).replace(/:\w+/g, initiativeId);
        const res = await app.fetch(path, { method: route.method.toUpperCase() });
        const errors = await badRequest(res, `${route.method} ${path}`);
        expect(errors, `${route.method} ${path}`).toEqual([
          { field: name, message: expect.any(String), code: 'bad_encoding' },
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('when a badly encoded path is no route at all, then it is still the 404 of an unknown path', async () => {
    const res = await app.fetch(`/api/no-such-route/${badlyEncoded}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it(`when the search is ${badlyEncoded}, then 400 names q rather than searching for replacement characters`, async () => {
    const errors = await badRequest(await app.fetch(`/api/initiatives?q=${badlyEncoded}`), 'q');
    expect(errors).toEqual([
      { field: 'q', message: expect.stringContaining('percent-encoded UTF-8'), code: 'bad_encoding' },
    ]);
  });

  it('when a parameter name cannot be decoded, then 400 says the query holds it', async () => {
    const errors = await badRequest(await app.fetch(`/api/initiatives?${badlyEncoded}=1`), 'name');
    expect(errors).toEqual([
      { field: 'query', message: expect.stringContaining('parameter name'), code: 'bad_encoding' },
    ]);
  });

  it('when each query field of every route is badly encoded, then 400 names it; well-encoded text still passes', async () => {
    for (const route of withQuery) {
      for (const [name] of queryFields(route)) {
        const errors = await badRequest(await ask(route, `${name}=${badlyEncoded}`), `${route.path} ${name}`);
        expect(errors, `${route.path} ${name}`).toEqual([
          { field: name, message: expect.any(String), code: 'bad_encoding' },
        ]);
      }
    }
    const twice = await badRequest(await app.fetch(`/api/initiatives?q=${badlyEncoded}&q=${badlyEncoded}`), 'twice');
    expect(twice).toEqual([{ field: 'q', message: expect.any(String), code: 'bad_encoding' }]);
    const found = await app.fetch(`/api/initiatives?q=${encodeURIComponent('Сенат 100%')}`);
    expect(found.status).toBe(200);
  });
});
