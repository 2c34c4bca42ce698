import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { listen } from '../src/server.ts';
import { createUser, jsonHeaders } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const attempt = (url: string, username: string, password: string, ip = '127.0.0.1') =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: jsonHeaders(undefined, { 'x-forwarded-for': ip }),
    body: JSON.stringify({ username, password }),
  });

describe('login rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when a username has failed five times, then even the right password gets 429 with Retry-After', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(app.url, username, 'wrong-password-guess', '10.0.0.1')).status).toBe(401);
    }
    const limited = await attempt(app.url, username, password, '10.0.0.2');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(limited.headers.get('set-cookie')).toBeNull();
  });

  it('when the limit is reached, then another instance on the same database refuses too', async () => {
    const { username } = await createUser(app.store, { role: 'official' });
    for (let i = 0; i < 5; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.1.1');
    const other = await listen(
      createApp({ store: app.store, logger: pino({ level: 'silent' }), staleAfterDays: 30 }),
      0,
      '127.0.0.1',
    );
    try {
      expect((await attempt(other.url, username, 'wrong-password-guess', '10.0.1.2')).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('when one address has failed thirty times across usernames, then it gets 429 for any username', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    for (let i = 0; i < 30; i += 1) {
      expect((await attempt(app.url, `guess-${i}`, 'wrong-password-guess', '10.0.2.1')).status).toBe(401);
    }
    expect((await attempt(app.url, username, password, '10.0.2.1')).status).toBe(429);
    expect((await attempt(app.url, username, password, '10.0.2.2')).status).toBe(200);
  });

  it('when a user logs in successfully, then their earlier failures are forgotten', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    for (let i = 0; i < 4; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.3.1');
    expect((await attempt(app.url, username, password, '10.0.3.1')).status).toBe(200);
    for (let i = 0; i < 4; i += 1) await attempt(app.url, username, 'wrong-password-guess', '10.0.3.1');
    expect((await attempt(app.url, username, password, '10.0.3.1')).status).toBe(200);
  });
});
