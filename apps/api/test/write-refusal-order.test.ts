import type { Role } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access, Route } from '../src/http/route.ts';
import { routeTable } from '../src/routes.ts';
import { jsonHeaders, loginAs, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/**
 * The order of a write's refusals, on every write route of the table: 401 (no session), 403 (the role
 * lacks it), 400/415 (the request itself), 404 (the path names nothing), 428 (no version seen), and
 * only then what the handler finds. Each case sends a request that lacks the version and is otherwise
 * valid, so the refusal under test is the only thing that differs.
 */

const target = 'full-time-deputies';
const missing = 'no-such-thing';

/** A body each write route would accept, without any version: the 428 is all it lacks. */
const validBodies: Record<string, unknown> = {
  'post /api/initiatives': {
    id: 'refusal-order-new',
    kind: 'practice',
    title: { ru: 'Проверка', en: 'Check' },
    summary: { ru: 'Проверка порядка', en: 'Order check' },
    ownerId: 'senate',
    region: 'KZ',
    noSource: true,
  },
  'patch /api/initiatives/:id': { verifiedOnly: true, note: 'Checked with the secretariat.' },
  'patch /api/initiatives/:id/details': { region: 'KZ', note: 'Region corrected.' },
  'post /api/initiatives/:id/milestones': { title: 'Draft ready' },
  'patch /api/initiatives/:id/milestones/:milestoneId': { completed: true },
  'delete /api/initiatives/:id/milestones/:milestoneId': undefined,
  'post /api/initiatives/:id/assessments': {
    rating: 'limited',
    rationale: 'The council met once; no decisions are published.',
    evidenceUrls: ['https://example.org/council-minutes'],
    asOf: '2026-01-15',
  },
  'post /api/auth/logout': undefined,
  'post /api/admin/users': {
    username: 'refusal.order',
    password: 'a long enough password',
    displayName: 'Refusal Order',
    role: 'official',
  },
  'post /api/admin/users/:id/disable': undefined,
  'post /api/imports': { title: 'Проверка', publisher: 'Пресс-служба', language: 'ru', text: 'Текст.' },
  'post /api/imports/:id/confirm': { initiatives: [], updates: [] },
  'post /api/spreadsheet-imports': undefined,
  'post /api/spreadsheet-imports/:id/apply': undefined,
};

/** A role the route's access does not grant (auth-guard's grants); none for what any session may do. */
const wrongRole: Record<Exclude<Access, 'public'>, Role | undefined> = {
  official: 'monitor',
  admin: 'official',
  monitor: 'official',
  signed_in: undefined,
};
const rightRole: Record<Exclude<Access, 'public'>, Role> = {
  official: 'official',
  admin: 'admin',
  monitor: 'monitor',
  signed_in: 'official',
};

const key = (route: Route<unknown>) => `${route.method} ${route.path}`;
const writes = (routeTable as readonly Route<unknown>[]).filter(
  (route) => route.path.startsWith('/api/') && route.method !== 'get' && route.access !== 'public',
);
const withPath = (route: Route<unknown>, names: Record<string, string>) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => names[name] ?? missing);

let app: TestApp;
const cookies: Partial<Record<Role, string>> = {};
let milestoneId = '';

async function send(
  route: Route<unknown>,
  path: string,
  cookie?: string,
  body = validBodies[key(route)],
  headers: Record<string, string> = {},
) {
  return app.fetch(path, {
    method: route.method.toUpperCase(),
    headers: { ...jsonHeaders(cookie), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function expectProblem(res: Response, status: number, label: string) {
  const problem = await readJson(res);
  expect(res.status, `${label}: ${JSON.stringify(problem)}`).toBe(status);
  expect(res.headers.get('content-type'), label).toMatch(/application\/problem\+json/);
  return problem;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ['official', 'admin', 'monitor'] as const) cookies[role] = await loginAs(app, role);
  const created = await app.fetch(`/api/initiatives/${target}/milestones`, {
    method: 'POST',
    headers: jsonHeaders(cookies.official),
    body: JSON.stringify({ title: 'Exists' }),
  });
  milestoneId = (await readJson(created)).id;
});
afterAll(() => app.close());

describe('the order of a write route refusals', () => {
  it('when the table has a guarded write route, then this file knows a valid body for it', () => {
    expect(writes.map(key).sort()).toEqual(Object.keys(validBodies).sort());
  });

  it('when anonymous and sending no version, then 401 on every guarded write, before 404 and 428', async () => {
    for (const route of writes) {
      await expectProblem(await send(route, withPath(route, {})), 401, key(route));
    }
  });

  it('when the role lacks the route and no version is sent, then 403 on every guarded write, before 404 and 428', async () => {
    let probed = 0;
    for (const route of writes) {
      const role = wrongRole[route.access as Exclude<Access, 'public'>];
      if (!role) continue;
      await expectProblem(await send(route, withPath(route, {}), cookies[role]), 403, key(route));
      probed += 1;
    }
    expect(probed).toBe(writes.filter((route) => route.access !== 'signed_in').length);
  });

  it('when the body is invalid on a path that names nothing, even by a malformed id, and no version is sent, then 400 naming the field', async () => {
    for (const route of writes.filter((r) => r.body && r.params)) {
      const cookie = cookies[rightRole[route.access as 'official']];
      for (const id of [missing, 'Not-A-Slug']) {
        const path = route.path.replace(/:(\w+)/g, id);
        const problem = await expectProblem(await send(route, path, cookie, { bogus: 1 }), 400, `${key(route)} ${id}`);
        expect(problem.errors, key(route)).toContainEqual({
          field: 'bogus',
          message: 'is not a field of this request',
          code: 'unrecognized_key',
        });
      }
    }
  });

  it('when a path names nothing and no version is sent, then 404 naming it on every write that addresses one, not 428', async () => {
    const addressed = writes.filter((route) => route.params);
    expect(addressed.filter((route) => route.version).length).toBeGreaterThanOrEqual(5);
    for (const route of addressed) {
      const cookie = cookies[rightRole[route.access as 'official']];
      const problem = await expectProblem(await send(route, withPath(route, {}), cookie), 404, key(route));
      expect(problem.detail, key(route)).toContain(missing);
    }
  });

  it('when the initiative exists but its milestone does not and no version is sent, then 404 naming the milestone', async () => {
    for (const route of writes.filter((r) => r.path.includes(':milestoneId'))) {
      const path = withPath(route, { id: target, milestoneId: missing });
      const problem = await expectProblem(await send(route, path, cookies.official), 404, key(route));
      expect(problem.detail).toBe(`No milestone with id "${missing}" on initiative "${target}".`);
    }
  });

  it('when the thing exists and no version is sent, then 428 naming version, and nothing is written', async () => {
    const before = await app.json(`/api/initiatives/${target}/history`);
    const versioned = writes.filter((route) => route.version);
    for (const route of versioned) {
      const path = withPath(route, { id: target, milestoneId });
      const problem = await expectProblem(
        await send(route, path, cookies[rightRole[route.access as 'official']]),
        428,
        key(route),
      );
      expect(problem.errors, key(route)).toEqual([{ field: 'version', message: 'required', code: 'required' }]);
    }
    expect(await app.json(`/api/initiatives/${target}/history`)).toEqual(before);
  });

  it('when If-Match holds a weak entity tag, even of the current version, then 412 naming If-Match on every write that reads it, after the 404, and nothing is written', async () => {
    const versioned = writes.filter((route) => route.version);
    expect(versioned.length).toBeGreaterThanOrEqual(5);
    const before = await app.json(`/api/initiatives/${target}/history`);
    const detail = await app.fetch(`/api/initiatives/${target}`);
    const etag = String(detail.headers.get('etag'));
    // The ETag of a versioned answer is strong: sent back as it came, it is a version.
    expect(etag).toMatch(/^"\d+-\d{8}"$/);
    const milestone = (await readJson(detail)).milestones.find((m: { id: string }) => m.id === milestoneId);
    for (const route of versioned) {
      const cookie = cookies[rightRole[route.access as 'official']];
      const weak = route.path.includes(':milestoneId') ? `W/"${milestone.version}"` : `W/${etag}`;
      for (const ifMatch of [weak, ` ${weak} `]) {
        const path = withPath(route, { id: target, milestoneId });
        const problem = await expectProblem(
          await send(route, path, cookie, undefined, { 'if-match': ifMatch }),
          412,
          key(route),
        );
        expect(problem.type, key(route)).toBe('/problems/precondition-failed');
        expect(problem.errors, key(route)).toEqual([
          { field: 'If-Match', message: 'a weak entity tag never matches', code: 'invalid' },
        ]);
      }
      if (route.params) {
        const gone = await send(route, withPath(route, {}), cookie, undefined, { 'if-match': weak });
        await expectProblem(gone, 404, `${key(route)} missing`);
      }
    }
    expect(await app.json(`/api/initiatives/${target}/history`)).toEqual(before);
    const after = await readJson(await app.fetch(`/api/initiatives/${target}`));
    expect(after.milestones.find((m: { id: string }) => m.id === milestoneId)).toEqual(milestone);
  });
});
