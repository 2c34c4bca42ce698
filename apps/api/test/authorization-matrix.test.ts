import type { Role } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../src/routes.ts';
import { createUser, jsonHeaders, openSession, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

interface Call {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A multipart form instead of a JSON body. */
  form?: FormData;
}

/** The access a route declares: a role, or any logged-in user. */
type Needed = Role | 'signed_in';

interface Entry {
  role: Needed;
  /** A valid request, so that the right role gets a 2xx; built fresh for every case. */
  call: () => Promise<Call>;
}

let app: TestApp;
let counter = 0;
let milestoneId = '';
const target = 'full-time-deputies';
const hour = 3_600_000;

/** Who may call a route of each access, as auth-guard's grants say; everyone else gets 403. */
const allowedRoles: Record<Needed, Role[]> = {
  official: ['official', 'admin'],
  admin: ['admin'],
  monitor: ['monitor'],
  signed_in: ['official', 'admin', 'monitor'],
};
const allRoles: Role[] = ['official', 'admin', 'monitor'];
const importText = 'Правительству необходимо разработать правила отбора депутатов.';
const importMetadata = { title: 'Проверка прав', publisher: 'Пресс-служба', language: 'ru' };

/** A guarded read's path with its parameters filled in with something that exists. */
async function concretePath(path: string): Promise<string> {
  if (path !== '/api/imports/:id') return path;
  counter += 1;
  const body = { ...importMetadata, text: `${importText} ${Date.now()}-${counter}` };
  const created = await send('post', { path: '/api/imports', body }, await freshSession('official'));
  return `/api/imports/${(await readJson(created)).id}`;
}

const currentVersion = async (id: string) => Number((await app.json(`/api/initiatives/${id}`)).version);
const milestoneVersion = async (id: string) =>
  Number(
    (await app.json(`/api/initiatives/${target}`)).milestones.find((m: { id: string }) => m.id === id)?.version ?? 0,
  );

/** A milestone of its own for a call that removes one. */
async function newMilestone(): Promise<string> {
  const res = await send(
    'post',
    { path: `/api/initiatives/${target}/milestones`, body: { title: 'To remove' } },
    await freshSession('admin'),
  );
  return (await readJson(res)).id;
}

/** Writes anyone may send; every other state-changing route must be in the matrix. */
const openWrites = new Set(['post /api/auth/login']);

/** Every state-changing route under /api, with the role it needs. */
const matrix: Record<string, Entry> = {
  'post /api/auth/logout': { role: 'signed_in', call: async () => ({ path: '/api/auth/logout' }) },
  'patch /api/initiatives/:id': {
    role: 'official',
    call: async () => ({
      path: `/api/initiatives/${target}`,
      body: { verifiedOnly: true, note: 'Checked with the secretariat.', version: await currentVersion(target) },
    }),
  },
  'post /api/initiatives': {
    role: 'admin',
    call: async () => {
      counter += 1;
      return {
        path: '/api/initiatives',
        body: {
          id: `matrix-initiative-${counter}`,
          kind: 'practice',
          title: { ru: 'Проверка', en: 'Check' },
          summary: { ru: 'Проверка прав', en: 'Authorization check' },
          ownerId: 'senate',
          region: 'KZ',
          noSource: true,
        },
      };
    },
  },
  'patch /api/initiatives/:id/details': {
    role: 'official',
    call: async () => {
      counter += 1;
      const version = await currentVersion(target);
      return {
        path: `/api/initiatives/${target}/details`,
        body: { version, region: counter % 2 === 0 ? 'KZ' : 'KZ-15', note: 'Region corrected.' },
      };
    },
  },
  'post /api/admin/users': {
    role: 'admin',
    call: async () => {
      counter += 1;
      return {
        path: '/api/admin/users',
        body: {
          username: `matrix-user-${counter}`,
          password: 'a long enough password',
          displayName: `Matrix User ${counter}`,
          role: 'official',
        },
      };
    },
  },
  'post /api/initiatives/:id/milestones': {
    role: 'official',
    call: async () => ({ path: `/api/initiatives/${target}/milestones`, body: { title: 'Draft ready' } }),
  },
  'patch /api/initiatives/:id/milestones/:milestoneId': {
    role: 'official',
    call: async () => ({
      path: `/api/initiatives/${target}/milestones/${milestoneId}`,
      body: { completed: true, version: await milestoneVersion(milestoneId) },
    }),
  },
  'delete /api/initiatives/:id/milestones/:milestoneId': {
    role: 'official',
    call: async () => ({
      path: `/api/initiatives/${target}/milestones/${await newMilestone()}`,
      headers: { 'If-Match': '"1"' },
    }),
  },
  'post /api/initiatives/:id/assessments': {
    role: 'monitor',
    call: async () => ({
      path: `/api/initiatives/${target}/assessments`,
      body: {
        version: await currentVersion(target),
        rating: 'limited',
        rationale: 'The council met once; no decisions are published.',
        evidenceUrls: ['https://example.org/council-minutes'],
        asOf: '2026-01-15',
      },
    }),
  },
  'post /api/spreadsheet-imports': {
    role: 'official',
    call: async () => ({ path: '/api/spreadsheet-imports', form: await unchangedSheet() }),
  },
  'post /api/spreadsheet-imports/:id/apply': {
    role: 'official',
    call: async () => {
      // Made by the matrix's official: its author and any admin may apply it (another official may not).
      const dryRun = await app.fetch('/api/spreadsheet-imports', {
        method: 'POST',
        headers: { cookie: await freshSession('official') },
        body: await unchangedSheet(),
      });
      return { path: `/api/spreadsheet-imports/${(await readJson(dryRun)).id}/apply` };
    },
  },
  'post /api/imports': {
    role: 'official',
    call: async () => {
      counter += 1;
      return { path: '/api/imports', body: { ...importMetadata, text: `${importText} ${Date.now()}-${counter}` } };
    },
  },
  'post /api/imports/:id/confirm': {
    role: 'official',
    call: async () => {
      counter += 1;
      const body = { ...importMetadata, text: `${importText} ${Date.now()}-${counter}` };
      const created = await send('post', { path: '/api/imports', body }, await freshSession('official'));
      return { path: `/api/imports/${(await readJson(created)).id}/confirm`, body: { initiatives: [], updates: [] } };
    },
  },
  'post /api/admin/users/:id/disable': {
    role: 'admin',
    call: async () => {
      const { user } = await createUser(app.store, { role: 'official' });
      return { path: `/api/admin/users/${user.id}/disable` };
    },
  },
};

/** A CSV of one initiative exactly as stored: a dry run that changes nothing. */
async function unchangedSheet(): Promise<FormData> {
  const form = new FormData();
  const csv = `id,version\r\n${target},${await currentVersion(target)}\r\n`;
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'check.csv');
  return form;
}

async function send(method: string, call: Call, cookie?: string): Promise<Response> {
  if (call.form) {
    return app.fetch(call.path, { method: method.toUpperCase(), headers: cookie ? { cookie } : {}, body: call.form });
  }
  return app.fetch(call.path, {
    method: method.toUpperCase(),
    headers: { ...jsonHeaders(cookie), ...call.headers },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
}

const sessions: Partial<Record<`disabled-${Role}`, string>> = {};
const userIds: Partial<Record<Role, string>> = {};
const freshSession = (role: Role) => openSession(app.store, userIds[role] ?? '', new Date(Date.now() + hour));

beforeAll(async () => {
  app = await startTestApp();
  for (const role of allRoles) {
    const organisation = role === 'monitor' ? { organisation: 'Matrix Watch' } : {};
    userIds[role] = (await createUser(app.store, { role, ...organisation })).user.id;
    const disabled = await createUser(app.store, { role, disabled: true, ...organisation });
    sessions[`disabled-${role}`] = await openSession(app.store, disabled.user.id, new Date(Date.now() + hour));
  }
  const created = await send(
    'post',
    { path: `/api/initiatives/${target}/milestones`, body: { title: 'First' } },
    await freshSession('admin'),
  );
  milestoneId = (await readJson(created)).id;
});
afterAll(() => app.close());

describe('authorization matrix', () => {
  it('when the app mounts a state-changing route, then the matrix covers it', () => {
    const routes = routeTable
      .filter((r) => r.path.startsWith('/api/') && !['get', 'head', 'options'].includes(r.method))
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !openWrites.has(key));
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(matrix).length);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [key, entry] of Object.entries(matrix)) {
    const [method = 'post'] = key.split(' ');
    describe(key, () => {
      it('when anonymous, then 401 problem', async () => {
        const res = await send(method, await entry.call());
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      });

      const allowed = allowedRoles[entry.role];
      const someAllowed = allowed[0] ?? 'official';

      it('when the user is disabled, then 401', async () => {
        expect((await send(method, await entry.call(), sessions[`disabled-${someAllowed}`])).status).toBe(401);
      });

      it('when the session has expired, then 401', async () => {
        const expired = await openSession(app.store, userIds[someAllowed] ?? '', new Date(Date.now() - 1000));
        expect((await send(method, await entry.call(), expired)).status).toBe(401);
      });

      for (const role of allRoles.filter((r) => !allowed.includes(r))) {
        it(`when the user is ${role === 'monitor' ? 'a' : 'an'} ${role}, then 403 problem`, async () => {
          const res = await send(method, await entry.call(), await freshSession(role));
          expect(res.status).toBe(403);
          expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        });
      }

      for (const role of allowed) {
        it(`when the user is an ${role}, then 2xx`, async () => {
          const res = await send(method, await entry.call(), await freshSession(role));
          expect(res.status, await res.clone().text()).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(300);
        });
      }
    });
  }

  it('when the user list is asked for, then anonymous gets 401, an official or monitor 403, an admin the list', async () => {
    expect((await app.fetch('/api/admin/users')).status).toBe(401);
    const asOfficial = await app.fetch('/api/admin/users', { headers: { cookie: await freshSession('official') } });
    expect(asOfficial.status).toBe(403);
    const asMonitor = await app.fetch('/api/admin/users', { headers: { cookie: await freshSession('monitor') } });
    expect(asMonitor.status).toBe(403);
    const asAdmin = await app.fetch('/api/admin/users', { headers: { cookie: await freshSession('admin') } });
    expect(asAdmin.status).toBe(200);
    const body = await readJson(asAdmin);
    expect(body.items.map((u: { id: string }) => u.id)).toContain(userIds.official);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
  });

  it('when a guarded read is asked for, then only the roles it names get it', async () => {
    const reads = routeTable.filter((r) => r.method === 'get' && r.access !== 'public');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      const allowed = allowedRoles[read.access as Needed];
      const path = await concretePath(read.path);
      for (const role of allRoles) {
        const res = await app.fetch(path, { headers: { cookie: await freshSession(role) } });
        expect(res.status, `${role} ${read.path}`).toBe(allowed.includes(role) ? 200 : 403);
      }
    }
  });

  it('when an admin disables a monitor, then the monitor can no longer assess', async () => {
    const monitor = await createUser(app.store, { role: 'monitor', organisation: 'Disabled Watch' });
    const session = await openSession(app.store, monitor.user.id, new Date(Date.now() + hour));
    const disabled = await send(
      'post',
      { path: `/api/admin/users/${monitor.user.id}/disable` },
      await freshSession('admin'),
    );
    expect(disabled.status).toBe(200);
    const entry = matrix['post /api/initiatives/:id/assessments'];
    if (!entry) throw new Error('the matrix lacks the assessment route');
    expect((await send('post', await entry.call(), session)).status).toBe(401);
  });
});
