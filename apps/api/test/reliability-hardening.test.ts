import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login } from './auth-helpers.ts';
import { createRawClient } from './reliability-http.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const protectiveHeaders = (headers: Headers | Record<string, unknown>) => {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined);
  return {
    csp: get('content-security-policy'),
    nosniff: get('x-content-type-options'),
    frames: get('x-frame-options'),
    referrer: get('referrer-policy'),
  };
};

const expectProtected = (headers: Headers | Record<string, unknown>) => {
  const found = protectiveHeaders(headers);
  expect(found.csp).toMatch(/frame-ancestors 'none'/);
  expect(found.nosniff).toBe('nosniff');
  expect(found.frames).toMatch(/^(DENY|SAMEORIGIN)$/);
  expect(found.referrer).toBe('no-referrer');
};

const loginBody = (username: string, password: string) => ({
  method: 'POST',
  headers: jsonHeaders(),
  body: JSON.stringify({ username, password }),
});

describe('hardened defaults', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when any page or API answer is sent, then its Content-Security-Policy allows scripts only from the app itself', async () => {
    for (const path of ['/api/initiatives', '/api/docs', '/api/nothing', '/healthz']) {
      const csp = (await app.fetch(path)).headers.get('content-security-policy') ?? '';
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(csp, path).toMatch(/script-src-attr 'none'/);
    }
  });

  it('when the probes are asked as a browser asks, then they answer with the headers every answer has', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const res = await app.fetch(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.status, path).toBe(200);
      expectProtected(res.headers);
      // compression marks every compressible answer, even one too small to compress.
      expect(res.headers.get('vary'), path).toBe('Accept-Encoding');
      // A probe is never kept by a cache (errors.test.ts): no-store, and no validator.
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('etag'), path).toBeNull();
      expect(res.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
    }
    const post = await app.fetch('/healthz', { method: 'POST', headers: jsonHeaders(), body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(post.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectProtected(post.headers);
  });

  it('when errors of every kind are answered, then the protective headers are on them too', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, official.username, official.password);
    const answers = [
      await app.fetch('/api/initiatives?status=bogus'),
      await app.fetch('/api/initiatives/no-such'),
      await app.fetch('/api/auth/me'),
      await app.fetch('/api/admin/users', { headers: { cookie } }),
      await app.fetch('/api/initiatives/youth-social-lifts', {
        method: 'PATCH',
        headers: jsonHeaders(cookie),
        body: 'x'.repeat(70_000),
      }),
      await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=latin1' },
        body: '{}',
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 404, 401, 403, 413, 415]);
    for (const res of answers) {
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expectProtected(res.headers);
    }
    const client = createRawClient(app.url, 1);
    const oversized = await client.send({ method: 'GET', path: `/api/initiatives?q=${'a'.repeat(20_000)}` });
    client.close();
    expect(oversized.status).toBe(431);
    expect(oversized.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectProtected(oversized.headers);
  });

  it('when the database fails under a request, then the 500 is a problem with the headers and without a stack', async () => {
    const broken = await startTestApp();
    await broken.store.close();
    const res = await broken.fetch('/api/initiatives');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectProtected(res.headers);
    expect(await res.text()).not.toMatch(/node_modules|\.ts:\d+|destroyed|sqlite|kysely/i);
    await broken.close().catch(() => undefined);
  });

  it('when an official logs in, then the session cookie is HttpOnly, SameSite=Strict, site-wide, and Secure behind an HTTPS proxy', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const plain = await app.fetch('/api/auth/login', loginBody(official.username, official.password));
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^civic_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(plain.headers.get('cache-control')).toBe('no-store');
    const proxied = await app.fetch('/api/auth/login', {
      ...loginBody(official.username, official.password),
      headers: jsonHeaders(undefined, { 'x-forwarded-proto': 'https' }),
    });
    expect(proxied.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('when a username meets repeated wrong passwords from one address, then that address is refused with 429 and Retry-After for it, even with the right password', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await app.fetch('/api/auth/login', loginBody(official.username, `wrong-${i}-password`))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await app.fetch('/api/auth/login', loginBody(official.username, official.password));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('when the username is unknown, the password wrong or the account disabled, then the answers are identical', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const disabled = await createUser(app.store, { role: 'official', disabled: true });
    const answers = [
      await app.fetch('/api/auth/login', loginBody(`nobody-${official.username}`, 'some-password-1')),
      await app.fetch('/api/auth/login', loginBody(official.username, 'some-password-1')),
      await app.fetch('/api/auth/login', loginBody(disabled.username, disabled.password)),
    ];
    const seen = await Promise.all(
      answers.map(async (res) => ({
        status: res.status,
        type: res.headers.get('content-type'),
        cookie: res.headers.get('set-cookie'),
        body: await res.text(),
      })),
    );
    expect(seen[0]?.status).toBe(401);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  it('when bodies are larger than 64 kB, then writes and logins answer 413 and nothing is stored', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, official.username, official.password);
    const before: Json = await app.json('/api/initiatives/youth-social-lifts/history');
    const detail: Json = await app.json('/api/initiatives/youth-social-lifts');
    const big = JSON.stringify({ version: detail.version, status: 'adopted', note: 'ж'.repeat(40_000) });
    const patch = await app.fetch('/api/initiatives/youth-social-lifts', {
      method: 'PATCH',
      headers: jsonHeaders(cookie),
      body: big,
    });
    const loginRes = await app.fetch('/api/auth/login', loginBody(official.username, 'x'.repeat(70_000)));
    expect([patch.status, loginRes.status]).toEqual([413, 413]);
    expect(await app.json('/api/initiatives/youth-social-lifts/history')).toEqual(before);
  });
});
