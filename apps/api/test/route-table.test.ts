import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorMiddleware } from '../src/errors/error-middleware.ts';
import { mountRoutes } from '../src/http/mount-routes.ts';
import { type Method, pathId, routeFor } from '../src/http/route.ts';
import { routeTable } from '../src/routes.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const methods: Method[] = ['get', 'post', 'patch', 'put', 'delete'];
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const filled = (path: string) => path.replace(/:(\w+)/g, 'youth-social-lifts');
const isNoRoute = async (res: Response) =>
  res.status === 404 && String(((await res.json()) as Json).detail).startsWith('No route for');

describe('the route table', () => {
  let app: TestApp;
  let document: Json;
  beforeAll(async () => {
    app = await startTestApp();
    document = await app.json('/api/openapi.json');
  });
  afterAll(() => app.close());

  it('when the OpenAPI document is read, then each operation carries its declaration: role, path parameters and body', () => {
    for (const route of routeTable) {
      const key = `${route.method} ${route.path}`;
      const operation = document.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, key).toBeDefined();
      expect(operation['x-required-role'] ?? 'public', key).toBe(route.access);
      const pathParams = operation.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
      expect(pathParams, key).toEqual(Object.keys(route.params?.shape ?? {}));
      expect(operation.requestBody !== undefined, key).toBe(route.body !== undefined);
      // A declared version check is documented: how to send the version, the 409 carrying current, the 428.
      expect(operation.responses['428'] !== undefined, key).toBe(route.version !== undefined);
      if (route.version) {
        expect(operation.description, key).toContain('version seen');
        expect(
          operation.responses['409'].content['application/problem+json'].schema.properties.current,
          key,
        ).toBeDefined();
      }
    }
  });

  it('when every declared route is requested, then the app answers it as a route, never "no route"', async () => {
    for (const route of routeTable) {
      const res = await app.fetch(filled(route.path), {
        method: route.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        ...(route.method === 'get' ? {} : { body: '{}' }),
      });
      expect(await isNoRoute(res), `${route.method} ${route.path} answered ${res.status}`).toBe(false);
    }
  });

  it("when a declared path is asked with a method it does not declare, then 405 whose Allow lists exactly the table's methods: nothing is mounted beside the table", async () => {
    const paths = [...new Set(routeTable.map((route) => route.path))];
    let probed = 0;
    for (const path of paths) {
      const declared = new Set(routeTable.filter((r) => r.path === path).map((r) => r.method));
      const allow = methods
        .filter((m) => declared.has(m))
        .flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()]))
        .sort();
      for (const method of methods.filter((m) => !declared.has(m))) {
        const res = await app.fetch(filled(path), { method: method.toUpperCase() });
        expect(res.status, `${method} ${path}`).toBe(405);
        const listed = String(res.headers.get('allow'))
          .split(', ')
          .filter((m) => m !== 'OPTIONS')
          .sort();
        expect(listed, `${method} ${path}`).toEqual(allow);
        probed += 1;
      }
    }
    expect(probed).toBeGreaterThan(paths.length);
  });

  it('when a route declares a path parameter without a schema, then mounting it throws instead of serving it unchecked', () => {
    const route = routeFor<object>();
    const undeclared = route({
      method: 'get',
      path: '/api/things/:id/:part',
      access: 'public',
      tag: 'test',
      summary: 'A route whose :part has no schema.',
      params: z.object({ id: pathId('thing') }),
      responses: {},
      handle: ({ res }) => void res.end(),
    });
    expect(() => mountRoutes(express.Router(), [undeclared], {}, async () => Promise.reject())).toThrow(/part/);
  });

  it('when a route checks the version on a path naming a thing but says not how it is found, then mounting it throws', () => {
    const route = routeFor<object>();
    const unchecked = route({
      method: 'delete',
      path: '/api/things/:id',
      access: 'public',
      tag: 'test',
      summary: 'A versioned write whose missing thing would be a 428 instead of a 404.',
      params: z.object({ id: pathId('thing') }),
      version: { noun: 'thing', current: z.object({}), from: 'if-match' },
      responses: {},
      handle: ({ res }) => void res.end(),
    });
    expect(() => mountRoutes(express.Router(), [unchecked], {}, async () => Promise.reject())).toThrow(/assertExists/);
    const checked = { ...unchecked, assertExists: async () => undefined };
    expect(() => mountRoutes(express.Router(), [checked], {}, async () => Promise.reject())).not.toThrow();
  });

  it('when a route declares a version check, then the loop reads the version seen from the body or If-Match before the handler, and refuses a write that names none', async () => {
    const route = routeFor<object>();
    const seen: number[] = [];
    const table = [
      route({
        method: 'patch',
        path: '/api/things',
        access: 'public',
        tag: 'test',
        summary: 'A write checked against the version seen, from the body or If-Match.',
        body: z.object({ version: z.number().int().optional() }),
        version: { noun: 'thing', current: z.object({}) },
        responses: {},
        handle: ({ version, res }) => {
          seen.push(version);
          res.status(204).end();
        },
      }),
      route({
        method: 'delete',
        path: '/api/things',
        access: 'public',
        tag: 'test',
        summary: 'A write checked against the version seen, from If-Match alone.',
        version: { noun: 'thing', current: z.object({}), from: 'if-match' },
        responses: {},
        handle: ({ version, res }) => {
          seen.push(version);
          res.status(204).end();
        },
      }),
    ];
    const app = express().use(express.json());
    const router = express.Router();
    mountRoutes(router, table, {}, async () => Promise.reject(new Error('public routes only')));
    app.use(router).use(errorMiddleware);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const send = (method: string, body: Json | undefined, ifMatch?: string) =>
      fetch(`http://127.0.0.1:${port}/api/things`, {
        method,
        headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    try {
      expect((await send('PATCH', { version: 3 })).status).toBe(204);
      expect((await send('PATCH', {}, '"4-20270301"')).status).toBe(204);
      const none = await send('PATCH', {});
      expect(none.status).toBe(428);
      expect(none.headers.get('content-type')).toContain('application/problem+json');
      expect(((await none.json()) as Json).errors).toEqual([
        { field: 'version', message: 'required', code: 'required' },
      ]);
      const disagree = await send('PATCH', { version: 5 }, '"6"');
      expect(disagree.status).toBe(400);
      expect(((await disagree.json()) as Json).errors[0].field).toBe('version');
      expect((await send('DELETE', undefined, '"7-20270301"')).status).toBe(204);
      expect((await send('DELETE', { version: 8 })).status).toBe(428);
      expect(seen).toEqual([3, 4, 7]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the documentation page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when the page loads its two swagger-ui-dist files, then they are served, and no other file of the package is', async () => {
    const css = await app.fetch('/api/docs/assets/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.fetch('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    for (const other of ['package.json', 'index.html', 'swagger-ui.js', 'swagger-initializer.js', 'README.md']) {
      const res = await app.fetch(`/api/docs/assets/${other}`);
      expect(res.status, other).toBe(404);
      expect(res.headers.get('content-type'), other).toContain('application/problem+json');
    }
  });

  it('when Swagger UI reads the document, then it finds no jsonSchemaDialect it would warn about and calls no online validator', async () => {
    const document = await app.json('/api/openapi.json');
    // Swagger UI warns about any dialect but OpenAPI 3.1's base one; absent means that one.
    expect(document.jsonSchemaDialect ?? 'https://spec.openapis.org/oas/3.1/dialect/base').toBe(
      'https://spec.openapis.org/oas/3.1/dialect/base',
    );
    expect(JSON.stringify(document)).not.toContain('"$schema"');
    expect(await (await app.fetch('/api/docs/init.js')).text()).toMatch(/validatorUrl:\s*null/);
  });
});
