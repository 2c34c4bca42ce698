import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { createRawClient } from './reliability-http.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

/** Every answer that writes absolute links from the request's own origin. */
const linkingPaths = [
  '/api/feed.atom',
  '/api/initiatives/full-time-deputies/feed.atom',
  '/api/export/initiatives.csv',
  '/api/export/history.csv',
];

describe('links built from the request, without PUBLIC_URL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when a proxy says the scheme is javascript, then feeds and CSV answer 400 naming X-Forwarded-Proto, with no link', async () => {
    for (const proto of ['javascript', 'data', 'file', 'JavaScript, https', 'https:evil']) {
      for (const path of linkingPaths) {
        const res = await app.fetch(path, { headers: { 'x-forwarded-proto': proto } });
        expect(res.status, `${proto} ${path}`).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        const problem: Json = await res.json();
        expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['X-Forwarded-Proto']);
        expect(JSON.stringify(problem)).not.toContain(`${proto}://`);
      }
    }
  });

  it('when a proxy says https or http, in any case, then feeds and CSV link to that scheme on the same host', async () => {
    const host = new URL(app.url).host;
    for (const [proto, scheme] of [
      ['https', 'https'],
      ['HTTP', 'http'],
      ['https, http', 'https'],
    ] as const) {
      for (const path of linkingPaths) {
        const res = await app.fetch(path, { headers: { 'x-forwarded-proto': proto } });
        expect(res.status, `${proto} ${path}`).toBe(200);
        expect(await res.text(), `${proto} ${path}`).toContain(`${scheme}://${host}/initiatives/`);
      }
    }
  });

  it('when the Host header is not a host, then feeds and CSV answer 400 naming Host', async () => {
    const raw = createRawClient(app.url);
    for (const host of ['evil.example/"><x', 'user@evil.example', 'evil.example:80:80']) {
      for (const path of linkingPaths) {
        const res = await raw.send({ method: 'GET', path, headers: { host } });
        expect(res.status, `${host} ${path}`).toBe(400);
        expect(JSON.parse(res.body.toString('utf8')).errors[0].field).toBe('Host');
      }
    }
    raw.close();
  });

  it('when a write comes with an Origin and a javascript scheme, then it gets 400, not a 500 or a pass', async () => {
    const cookie = await loginAs(app, 'official');
    const res = await app.fetch('/api/auth/logout', {
      method: 'POST',
      headers: jsonHeaders(cookie, { origin: app.url, 'x-forwarded-proto': 'javascript' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('links with PUBLIC_URL configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ publicUrl: 'https://civic-monitor.example/' });
  });
  afterAll(() => app.close());

  it('when a proxy says the scheme is javascript, then it is not asked: links use PUBLIC_URL', async () => {
    for (const path of linkingPaths) {
      const res = await app.fetch(path, { headers: { 'x-forwarded-proto': 'javascript' } });
      expect(res.status, path).toBe(200);
      const body = await res.text();
      expect(body).toContain('https://civic-monitor.example/initiatives/');
      expect(body).not.toContain('javascript:');
    }
  });
});
