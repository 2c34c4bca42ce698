import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashSessionToken } from '../src/auth/session-token.ts';
import { listen } from '../src/server.ts';
import { createUser, jsonHeaders, login, openSession, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const post = (app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.fetch(path, { method: 'POST', headers: jsonHeaders(undefined, headers), body: JSON.stringify(body) });

describe('accounts and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when a user logs in with the right password, then the answer is the user and an HttpOnly SameSite=Strict cookie', async () => {
    const { username, password, user } = await createUser(app.store, { role: 'official', displayName: 'Aigerim S.' });
    const res = await post(app, '/api/auth/login', { username, password });
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body).toEqual({ user });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^civic_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = await app.fetch('/api/auth/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(await readJson(me)).toEqual({ user });
  });

  it('when the request came through an HTTPS proxy, then the cookie is Secure', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    const res = await post(app, '/api/auth/login', { username, password }, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('when the user is unknown or the password wrong, then both get the same 401 problem', async () => {
    const { username } = await createUser(app.store, { role: 'official' });
    const wrong = await post(app, '/api/auth/login', { username, password: 'not-the-password-at-all' });
    const unknown = await post(app, '/api/auth/login', {
      username: 'nobody-here',
      password: 'not-the-password-at-all',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await readJson(wrong)).toEqual(await readJson(unknown));
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('when a session is opened, then the database holds only the hash of its token', async () => {
    const { username, password, user } = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, username, password);
    const token = cookie.split('=')[1] ?? '';
    const rows = await app.store.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashSessionToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('when a user logs out, then the cookie is cleared and the session no longer works', async () => {
    const { username, password } = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, username, password);
    const res = await app.fetch('/api/auth/logout', { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^civic_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    const me = await app.fetch('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('when a session has expired, then it is refused with 401', async () => {
    const { user } = await createUser(app.store, { role: 'official' });
    const cookie = await openSession(app.store, user.id, new Date(Date.now() - 1000));
    const me = await app.fetch('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(401);
  });

  it('when no cookie or a made-up token is sent, then /me answers 401', async () => {
    expect((await app.fetch('/api/auth/me')).status).toBe(401);
    const forged = await app.fetch('/api/auth/me', { headers: { cookie: `civic_session=${'A'.repeat(43)}` } });
    expect(forged.status).toBe(401);
  });

  it('when another instance serves the same database, then the session works there too', async () => {
    const { username, password, user } = await createUser(app.store, { role: 'admin' });
    const cookie = await login(app, username, password);
    const other = await listen(
      createApp({ store: app.store, logger: pino({ level: 'silent' }), staleAfterDays: 30 }),
      0,
      '127.0.0.1',
    );
    try {
      const me = await fetch(`${other.url}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect((await readJson(me)).user.id).toBe(user.id);
    } finally {
      await other.close();
    }
  });
});
