import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonHeaders, loginAs } from './auth-helpers.ts';
import { openAnotherConnection } from './postgres-test-store.ts';
import { type Json, startTestApp, type TestApp, updateInitiative } from './test-app.ts';

// Two API instances, each with its own connection pool, on one database: what a load balancer spreads over.
describe(`two instances on one ${process.env.TEST_STORE ?? 'sqlite'} database`, () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ store: openAnotherConnection(a.store), dataDir: a.dataDir });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('when a session is opened through one instance, then it works through the other, and logging out ends it on both', async () => {
    const cookie = await loginAs(a, 'official');
    const meOnB = await b.fetch('/api/auth/me', { headers: { cookie } });
    expect(meOnB.status).toBe(200);
    expect(((await meOnB.json()) as Json).user.role).toBe('official');

    const logout = await b.fetch('/api/auth/logout', { method: 'POST', headers: jsonHeaders(cookie) });
    expect(logout.status).toBeLessThan(300);
    expect((await a.fetch('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('when an initiative is updated through one instance, then the other shows it at once', async () => {
    const cookie = await loginAs(a, 'official');
    const id = 'off-site-public-sessions';
    const before = await b.json(`/api/initiatives/${id}`);
    const listBefore = await b.json('/api/initiatives?status=in_progress');
    const etagBefore = (await b.fetch(`/api/initiatives/${id}`)).headers.get('etag');

    const patched = await updateInitiative(a, cookie, id, {
      version: before.version,
      status: 'in_progress',
      note: 'Первая выездная сессия прошла',
    });
    expect(patched.status).toBe(200);

    const after = await b.fetch(`/api/initiatives/${id}`);
    expect(after.headers.get('etag')).not.toBe(etagBefore);
    const body: Json = await after.json();
    expect(body.status).toBe('in_progress');
    expect(body.version).toBe(before.version + 1);
    expect((await b.json(`/api/initiatives/${id}/history`)).items[0].note).toBe('Первая выездная сессия прошла');
    expect((await b.json('/api/initiatives?status=in_progress')).total).toBe(listBefore.total + 1);
    expect((await b.json('/api/stats')).byStatus.in_progress).toBe(listBefore.total + 1);
  });

  it('when 20 PATCHes with one version are spread over both instances, then one wins and nineteen get 409', async () => {
    const cookie = await loginAs(a, 'official');
    const id = 'youth-social-lifts';
    const { version } = await a.json(`/api/initiatives/${id}`);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).fetch(`/api/initiatives/${id}`, {
          method: 'PATCH',
          headers: jsonHeaders(cookie),
          body: JSON.stringify({ version, progress: 10 + i, note: `Parallel update ${i}` }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const history = (await b.json(`/api/initiatives/${id}/history`)).items;
    expect(history.filter((h: { note: string }) => h.note.startsWith('Parallel update'))).toHaveLength(1);
  });
});
