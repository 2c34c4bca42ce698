import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, tempDir } from '../../test/test-app.ts';

function createWebDist(): string {
  const dist = tempDir('civic-web-dist-');
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta name="civic-time-zone" content="Asia/Almaty" /></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), 'console.log("app");');
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

describe('serving the web app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ webDist: createWebDist(), timeZone: 'Asia/Tashkent' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a hashed asset is asked for, then it is served and cached for a year as immutable', async () => {
    const response = await app.fetch('/assets/index-Ab12Cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('cache-control')).toContain('max-age=31536000');
  });

  it('when a client route is opened directly, then index.html answers and is not cached', async () => {
    for (const route of [
      '/',
      '/initiatives?status=proposed',
      '/initiatives/full-time-deputies',
      '/sources/senate-aktobe-maslikhat',
    ]) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('when a path that is no page of the app is opened, then the app page answers with 404, so links to it read as broken', async () => {
    for (const route of ['/no-such-page', '/initiatives/a/b', '/login/extra']) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html, route).toContain('<meta name="robots" content="noindex" /></head>');
    }
  });

  it('when a page is answered with 200, then it asks no crawler to leave it out', async () => {
    const html = await (await app.fetch('/initiatives/full-time-deputies')).text();
    expect(html).not.toContain('noindex');
  });

  it('when the page is served, then it names the configured zone, which the web formats dates in', async () => {
    for (const route of ['/', '/index.html', '/initiatives/full-time-deputies']) {
      const html = await (await app.fetch(route)).text();
      expect(html, route).toContain('<meta name="civic-time-zone" content="Asia/Tashkent" />');
    }
  });

  it('when an unknown API path is asked for, then the API answers with a problem, never the app page', async () => {
    for (const route of ['/api/nope', '/api', '/api/initiatives/no-such-initiative']) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(404);
      expect(response.headers.get('content-type'), route).toContain('application/problem+json');
    }
  });

  it('when an asset is missing, then it is a 404 rather than index.html under a script URL', async () => {
    const response = await app.fetch('/assets/index-gone.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('when health and API routes are asked for, then they still answer as themselves', async () => {
    expect((await app.fetch('/readyz')).headers.get('content-type')).toContain('application/json');
    expect((await app.fetch('/api/stats')).headers.get('content-type')).toContain('application/json');
  });
});
