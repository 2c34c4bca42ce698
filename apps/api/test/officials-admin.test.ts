import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, jsonHeaders, login, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

describe('user administration', () => {
  let app: TestApp;
  let adminCookie: string;
  let adminId: string;
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await startTestApp({ logger: pino({ level: 'trace' }, sink) });
    const admin = await createUser(app.store, { role: 'admin' });
    adminId = admin.user.id;
    adminCookie = await login(app, admin.username, admin.password);
  });
  afterAll(() => app.close());

  const disable = (id: string) =>
    app.fetch(`/api/admin/users/${id}/disable`, { method: 'POST', headers: jsonHeaders(adminCookie) });

  it('when an admin disables an official, then their live session ends at once and they cannot log in again', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, official.username, official.password);
    expect((await app.fetch('/api/auth/me', { headers: { cookie } })).status).toBe(200);

    const res = await disable(official.user.id);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ ...official.user, disabled: true });

    expect((await app.fetch('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    const relogin = await app.fetch('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ username: official.username, password: official.password }),
    });
    expect(relogin.status).toBe(401);
    const users = (await readJson(await app.fetch('/api/admin/users', { headers: { cookie: adminCookie } }))).items;
    expect(users.find((u: { id: string }) => u.id === official.user.id).disabled).toBe(true);
  });

  const createAccount = (body: unknown, cookie = adminCookie) =>
    app.fetch('/api/admin/users', { method: 'POST', headers: jsonHeaders(cookie), body: JSON.stringify(body) });

  it('when an admin creates an account with an initial password, then 201 and the new user can log in with it', async () => {
    const body = {
      username: 'new.official',
      password: 'twelve chars ok',
      displayName: 'Erlan Bekov',
      role: 'official',
    };
    const res = await createAccount(body);
    expect(res.status).toBe(201);
    const user = await readJson(res);
    expect(user).toMatchObject({
      username: 'new.official',
      displayName: 'Erlan Bekov',
      role: 'official',
      disabled: false,
    });
    expect(JSON.stringify(user)).not.toContain('twelve');
    expect(await login(app, 'new.official', 'twelve chars ok')).toMatch(/=/);
    const again = await createAccount(body);
    expect(again.status).toBe(409);
    const problem = await readJson(again);
    expect(problem).toMatchObject({ type: '/problems/already-exists', title: 'Already exists' });
    expect(problem.errors).toEqual([{ field: 'username', message: 'is taken', code: 'taken' }]);
  });

  it('when an account breaks the policy, then 400 naming the field, and nothing is created', async () => {
    const base = {
      username: 'policy.check',
      password: 'long enough pass',
      displayName: 'Policy Check',
      role: 'official',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, password: 'short' }, 'password'],
      [{ ...base, displayName: 'policy.check' }, 'displayName'],
      [{ ...base, role: 'monitor' }, 'organisation'],
      [{ ...base, organisation: 'An NGO' }, 'organisation'],
      [{ ...base, role: 'root' }, 'role'],
      [{ ...base, username: 'Has Spaces' }, 'username'],
    ];
    for (const [body, field] of cases) {
      const res = await createAccount(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const fields = (await readJson(res)).errors.map((e: { field: string }) => e.field);
      expect(
        fields.some((f: string) => f.endsWith(field)),
        JSON.stringify(fields),
      ).toBe(true);
    }
    const users = (await readJson(await app.fetch('/api/admin/users', { headers: { cookie: adminCookie } }))).items;
    expect(users.some((u: { username: string }) => u.username === 'policy.check')).toBe(false);
  });

  it('when an admin tries to disable themselves, then 409 and they stay enabled', async () => {
    const refused = await disable(adminId);
    expect(refused.status).toBe(409);
    // Not a stale version, nor something that exists already: the account's own state forbids it.
    expect((await readJson(refused)).type).toBe('/problems/state-conflict');
    expect((await app.fetch('/api/auth/me', { headers: { cookie: adminCookie } })).status).toBe(200);
  });

  it('when the user does not exist, then 404', async () => {
    expect((await disable('0190aaaa-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('when requests carry passwords and session tokens, then no log line contains either, nor a hash', async () => {
    const official = await createUser(app.store, { role: 'official' });
    const cookie = await login(app, official.username, official.password);
    await app.fetch('/api/auth/me', { headers: { cookie } });
    await app.fetch('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ username: official.username, password: `${official.password}-wrong` }),
    });
    const token = cookie.split('=')[1] ?? '';
    const logs = logLines.join('');
    expect(logs).toContain('/api/auth/me');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(official.password);
    expect(logs).not.toContain('scrypt$');
  });
});
