import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../src/auth/session-token.ts';
import { createLogger } from '../src/logger.ts';
import { routeTable } from '../src/routes.ts';
import { createUser, jsonHeaders } from './auth-helpers.ts';
import { type Json, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

describe('secrets stay secret', () => {
  const lines: string[] = [];
  let app: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    app = await startTestApp({ logger: createLogger('trace', sink) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when an admin logs in, reads every route, writes and logs out, then no answer and no log line holds the password, its hash or the session token', async () => {
    const admin = await createUser(app.store, { role: 'admin' });
    const row = await app.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', admin.username)
      .executeTakeFirstOrThrow();
    const [, , , , salt, key] = row.password_hash.split('$');
    const bodies: { what: string; text: string }[] = [];
    const record = async (what: string, res: Response) => {
      const headers = [...res.headers].filter(([name]) => name !== 'set-cookie').map(([n, v]) => `${n}: ${v}`);
      bodies.push({ what, text: `${headers.join('\n')}\n${await res.text()}` });
      return res;
    };

    const loginRes = await record(
      'login',
      await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify({ username: admin.username, password: admin.password }),
      }),
    );
    const token = /civic_session=([^;]+)/.exec(loginRes.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(token.length).toBeGreaterThan(30);
    const cookie = `civic_session=${token}`;
    const secrets = {
      password: admin.password,
      hash: row.password_hash,
      salt,
      key,
      token,
      tokenHash: hashSessionToken(token),
    };

    for (const route of routeTable.filter((r) => r.method === 'get')) {
      const path = route.path.replace(':id', 'youth-social-lifts');
      await record(`GET ${path}`, await app.fetch(path, { headers: { cookie } }));
    }
    const detail: Json = await app.json('/api/initiatives/youth-social-lifts');
    await record(
      'PATCH',
      await updateInitiative(app, cookie, 'youth-social-lifts', {
        version: detail.version,
        status: 'in_progress',
        note: 'checked on site',
      }),
    );
    await record(
      'wrong login',
      await app.fetch('/api/auth/login', {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify({ username: admin.username, password: `${admin.password}x` }),
      }),
    );
    await record('logout', await app.fetch('/api/auth/logout', { method: 'POST', headers: { cookie } }));

    expect(bodies.length).toBeGreaterThan(15);
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret, name).toBeTruthy();
      const leaking = bodies.filter((b) => b.text.includes(secret as string)).map((b) => b.what);
      expect(leaking, `${name} in answers`).toEqual([]);
      const logged = lines.filter((line) => line.includes(secret as string));
      expect(logged, `${name} in log lines`).toEqual([]);
    }
    expect(lines.some((line) => line.includes('/api/auth/login'))).toBe(true);
    // Request lines carry method, URL and status only: no header, so no cookie, is ever written.
    expect(lines.some((line) => line.includes('"statusCode"'))).toBe(true);
    expect(lines.some((line) => /"cookie"|"set-cookie"|"headers"/i.test(line))).toBe(false);
    expect(lines.length).toBeGreaterThan(bodies.length);
  });
});
