import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../src/routes.ts';
import { startTestApp, type TestApp } from './test-app.ts';

describe('GET /api/openapi.json', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('when fetched, then it is a valid OpenAPI 3.1 document', async () => {
    const document = await app.json('/api/openapi.json');
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('when compared with the route table, then every mounted route is documented and nothing else', async () => {
    const document = await app.json('/api/openapi.json');
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`),
    );
    const mounted = routeTable.map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(mounted.length).toBeGreaterThan(5);
    expect([...new Set(documented)].sort()).toEqual([...new Set(mounted)].sort());
  });

  it('when the docs page is opened, then it loads its scripts from files, not inline', async () => {
    const res = await app.fetch('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/docs/init.js');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect((await app.fetch('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });
});
