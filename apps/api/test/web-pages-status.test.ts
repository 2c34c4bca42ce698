import fs from 'node:fs';
import path from 'node:path';
import { webPagePaths } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, startTestApp, type TestApp, tempDir } from './test-app.ts';

/** A web build of one index.html, as Vite writes it (head, then the root the app renders into). */
function createWebDist(): string {
  const dist = tempDir('civic-web-dist-');
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta name="civic-time-zone" content="Asia/Almaty" /></head><body><div id="root"></div></body></html>',
  );
  return dist;
}

const noindex = '<meta name="robots" content="noindex" />';

describe('a page of one record is served with the status of the record', () => {
  let app: TestApp;
  let initiativeId: string;
  let sourceId: string;

  beforeAll(async () => {
    app = await startTestApp({ webDist: createWebDist() });
    const list: Json = await app.json('/api/initiatives?pageSize=1');
    initiativeId = list.items[0].id;
    const sources: Json = await app.json('/api/sources');
    sourceId = sources.items[0].id;
  });
  afterAll(async () => {
    await app.close();
  });

  /**
   * The page at `route`: its status, and that it is still the app (which shows its own "not found"), never
   * kept stale: a 200 revalidated (no-cache), an error page not kept at all (no-store, no ETag).
   */
  const page = async (route: string, init?: RequestInit) => {
    const response = await app.fetch(route, init);
    expect(response.headers.get('content-type'), route).toContain('text/html');
    const error = response.status >= 400;
    expect(response.headers.get('cache-control'), route).toBe(error ? 'no-store' : 'no-cache');
    if (error) expect(response.headers.get('etag'), route).toBeNull();
    return { status: response.status, html: await response.text() };
  };

  it.each(['/initiatives/unknown', '/initiatives/999999'])(
    'when %s is opened, then the app answers 404 with a noindex, and still renders its "not found"',
    async (route) => {
      const { status, html } = await page(route);
      expect(status).toBe(404);
      expect(html).toContain('<div id="root">');
      expect(html).toContain(noindex);
    },
  );

  it('when a source that does not exist is opened, then 404 as well', async () => {
    expect((await page('/sources/no-such-source')).status).toBe(404);
    expect((await page('/sources/no-such-source/')).status).toBe(404);
  });

  it('when the id of a record page is not even a well-formed id, then 404', async () => {
    for (const route of ['/initiatives/x', '/initiatives/Full-Deputies', '/sources/%D0%B6%D0%BE%D0%BA']) {
      expect((await page(route)).status, route).toBe(404);
    }
  });

  it('when a record that exists is opened, then 200 without a noindex, with or without a trailing slash or query', async () => {
    for (const route of [
      `/initiatives/${initiativeId}`,
      `/initiatives/${initiativeId}/`,
      `/initiatives/${initiativeId}?lang=en`,
      `/sources/${sourceId}`,
    ]) {
      const { status, html } = await page(route);
      expect(status, route).toBe(200);
      expect(html, route).not.toContain('noindex');
    }
  });

  it('when a HEAD asks for a page, then it gets the status a GET would', async () => {
    expect((await app.fetch('/initiatives/unknown', { method: 'HEAD' })).status).toBe(404);
    expect((await app.fetch(`/initiatives/${initiativeId}`, { method: 'HEAD' })).status).toBe(200);
  });

  it('when an import page is opened by anyone, then a well-formed id is 200 and a malformed one 404, so the status tells no stranger which imports exist', async () => {
    expect((await page('/imports/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).status).toBe(200);
    expect((await page('/imports/new')).status).toBe(200);
    expect((await page('/imports/Not_An_Id')).status).toBe(404);
  });

  it('when every page of one record (but imports) is asked for an id nobody has, then each is a 404', async () => {
    const recordPages = webPagePaths.filter((route) => route.endsWith('/:id') && route !== '/imports/:id');
    expect(recordPages.length).toBeGreaterThanOrEqual(2);
    for (const route of recordPages) {
      expect((await page(route.replace(':id', 'no-such-record'))).status, route).toBe(404);
    }
  });

  it('when the id in a page path is not valid percent-encoding, then 400 with the app and a noindex', async () => {
    for (const route of ['/initiatives/%E0%A4%A', '/sources/%E0%A4%A', '/imports/%E0%A4%A']) {
      const { status, html } = await page(route);
      expect(status, route).toBe(400);
      expect(html, route).toContain('<div id="root">');
      expect(html, route).toContain(noindex);
    }
  });

  it('when a hashed asset that does not exist is asked for, then 404 as a problem no cache keeps, GET or HEAD', async () => {
    for (const method of ['GET', 'HEAD']) {
      const response = await app.fetch('/assets/index-missing.js', { method });
      expect(response.status, method).toBe(404);
      expect(response.headers.get('cache-control'), method).toBe('no-store');
      expect(response.headers.get('etag'), method).toBeNull();
      expect(response.headers.get('content-type'), method).toBe('application/problem+json; charset=utf-8');
      if (method === 'GET') expect(((await response.json()) as Json).status).toBe(404);
    }
  });

  it('when the list and overview pages are opened, then they stay 200', async () => {
    for (const route of ['/', '/initiatives', '/initiatives?status=proposed&status=completed', '/sources']) {
      expect((await page(route)).status, route).toBe(200);
    }
  });
});
