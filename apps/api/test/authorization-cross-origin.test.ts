import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, loginAs } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

describe('cross-origin writes', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    cookie = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  const milestone = (headers: Record<string, string>) =>
    app.fetch('/api/initiatives/full-time-deputies/milestones', {
      method: 'POST',
      headers: jsonHeaders(cookie, headers),
      body: JSON.stringify({ title: 'Sent from elsewhere' }),
    });

  const milestoneCount = async () => (await app.json('/api/initiatives/full-time-deputies')).milestones.length;

  for (const [name, headers] of [
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null', { origin: 'null' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ] as const) {
    it(`when a write with a valid session carries ${name}, then 403 problem and nothing is stored`, async () => {
      const before = await milestoneCount();
      const res = await milestone(headers);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(await milestoneCount()).toBe(before);
    });
  }

  it('when a login comes from a foreign origin, then 403 before the password is checked', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    const res = await app.fetch('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders(undefined, { origin: 'https://evil.example' }),
      body: JSON.stringify({ username, password }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('when the Origin is the server itself or Sec-Fetch-Site is same-origin, then the write goes through', async () => {
    expect((await milestone({ origin: app.url })).status).toBe(201);
    expect((await milestone({ 'sec-fetch-site': 'same-origin', origin: app.url })).status).toBe(201);
  });

  it('when a cross-site page only reads, then the GET is answered', async () => {
    const res = await app.fetch('/api/initiatives', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(200);
  });

  it('when the app is published at PUBLIC_URL behind a proxy, then writes from that origin go through', async () => {
    const published = await startTestApp({ publicUrl: 'https://civic.example.kz' });
    try {
      const cookieThere = await loginAs(published, 'official');
      const res = await published.fetch('/api/initiatives/full-time-deputies/milestones', {
        method: 'POST',
        headers: jsonHeaders(cookieThere, { origin: 'https://civic.example.kz', 'sec-fetch-site': 'same-origin' }),
        body: JSON.stringify({ title: 'Through the proxy' }),
      });
      expect(res.status).toBe(201);
    } finally {
      await published.close();
    }
  });
});
