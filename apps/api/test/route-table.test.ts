import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
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
