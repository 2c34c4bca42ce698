import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type Store } from '../src/db/connect.ts';
import { cheapCost, createUser, jsonHeaders, openSession } from './auth-helpers.ts';
import { childStoreEnv, type SpawnedApi, spawnApi } from './spawn-api.ts';
import { type HttpClient, httpClient, type Json, updateInitiative } from './test-app.ts';

// Three API processes on one database: a SQLite file (three connections, three processes) or the
// PostgreSQL server. Their transactions really race; nothing here is serialised by one event loop.
const target = await childStoreEnv();
const instances = 3;
const hour = 3_600_000;

/** A GET with If-None-Match through node:http (fetch adds Cache-Control: no-cache to conditional requests). */
function conditionalGet(url: string, etag: string): Promise<{ status: number; etag: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'if-none-match': etag } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: String(res.headers.etag ?? ''), body }));
      })
      .on('error', reject);
  });
}

describe(`write races over ${instances} processes on one database (${target.label})`, () => {
  const apis: SpawnedApi[] = [];
  const clients: HttpClient[] = [];
  let store: Store;
  let official = '';
  let admin = '';
  let counter = 0;

  /** The n-th request goes to process n mod 3, so concurrent requests land on different connections. */
  const instance = (n: number) => clients[n % instances] as HttpClient;
  const send = (n: number, pathAndQuery: string, init: RequestInit = {}) => instance(n).fetch(pathAndQuery, init);
  const get = (pathAndQuery: string): Promise<Json> => instance(0).json(pathAndQuery);
  const write = (n: number, method: string, pathAndQuery: string, body?: unknown, headers = {}) =>
    send(n, pathAndQuery, {
      method,
      headers: jsonHeaders(method === 'POST' && pathAndQuery === '/api/initiatives' ? admin : official, headers),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const statusesOf = (responses: Response[]) => responses.map((r) => r.status).sort();

  /** After a race: a conditional read with the old ETag gets the new state, one with the new ETag a 304. */
  async function expectConditionalReadsFresh(pathAndQuery: string, oldEtag: string, check: (body: Json) => void) {
    expect(oldEtag).not.toBe('');
    for (const api of apis) {
      const fresh = await conditionalGet(`${api.url}${pathAndQuery}`, oldEtag);
      expect(fresh.status).toBe(200);
      expect(fresh.etag).not.toBe(oldEtag);
      check(JSON.parse(fresh.body));
      expect((await conditionalGet(`${api.url}${pathAndQuery}`, fresh.etag)).status).toBe(304);
    }
  }

  async function addInitiative(overrides: Record<string, unknown> = {}): Promise<Json> {
    counter += 1;
    const res = await write(0, 'POST', '/api/initiatives', {
      id: `race-${counter}-${Date.now().toString(36)}`,
      kind: 'practice',
      title: { ru: 'Гонка', en: 'Race' },
      summary: { ru: 'Проверка гонок', en: 'Race check' },
      ownerId: 'senate',
      region: 'KZ',
      noSource: true,
      ...overrides,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return res.json();
  }

  beforeAll(async () => {
    // The first process migrates and seeds; the others start on the ready database.
    apis.push(await spawnApi(target.env));
    apis.push(...(await Promise.all(Array.from({ length: instances - 1 }, () => spawnApi(target.env)))));
    clients.push(...apis.map((api) => httpClient(api.url)));
    store = target.store ?? openSqlite(path.join(target.env.DATA_DIR ?? '', 'civic-monitor.db'));
    const expires = new Date(Date.now() + hour);
    official = await openSession(
      store,
      (await createUser(store, { role: 'official', cost: cheapCost })).user.id,
      expires,
    );
    admin = await openSession(store, (await createUser(store, { role: 'admin', cost: cheapCost })).user.id, expires);
  });
  afterAll(async () => {
    for (const api of apis) api.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.exited));
    await store?.close();
  });

  it('when 12 status changes carry one version, then one wins, eleven get 409, one history row is added and every process serves the new state', async () => {
    const id = 'public-council-independence';
    const before = await send(0, `/api/initiatives/${id}`);
    const seen: Json = await before.json();
    const historyBefore = (await get(`/api/initiatives/${id}/history?limit=200`)).items.length;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        updateInitiative(instance(n), official, id, { version: seen.version, progress: 30 + n, note: `Race ${n}` }),
      ),
    );
    expect(statusesOf(responses)).toEqual([200, ...Array(11).fill(409)]);
    const won = (await responses.find((r) => r.status === 200)?.json()) as Json;
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(((await loser.json()) as Json).current).toMatchObject({
        version: seen.version + 1,
        progress: won.progress,
      });
    }
    const history = (await get(`/api/initiatives/${id}/history?limit=200`)).items;
    expect(history).toHaveLength(historyBefore + 1);
    await expectConditionalReadsFresh(`/api/initiatives/${id}`, before.headers.get('etag') ?? '', (body) =>
      expect(body).toMatchObject({ version: seen.version + 1, progress: won.progress }),
    );
  });

  it("when 8 officials edit one initiative's details from one version, then one wins, seven get 409 and one details_change entry is added", async () => {
    const initiative = await addInitiative();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        write(n, 'PATCH', `/api/initiatives/${initiative.id}/details`, {
          version: initiative.version,
          title: { ru: `Название ${n}`, en: `Title ${n}` },
          note: `Edit ${n}`,
        }),
      ),
    );
    expect(statusesOf(responses)).toEqual([200, ...Array(7).fill(409)]);
    const kinds = (await get(`/api/initiatives/${initiative.id}/history`)).items.map((h: Json) => h.kind);
    expect(kinds.filter((k: string) => k === 'details_change')).toHaveLength(1);
  });

  it('when a ring of 4 initiatives is each moved under the next at the same moment, then at most 3 moves land and no cycle forms (10 trials)', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const ring = [await addInitiative(), await addInitiative(), await addInitiative(), await addInitiative()];
      const responses = await Promise.all(
        ring.map((item, n) =>
          write(trial + n, 'PATCH', `/api/initiatives/${item.id}/details`, {
            version: item.version,
            parentId: ring[(n + 1) % ring.length]?.id,
            note: 'Under the next.',
          }),
        ),
      );
      const statuses = statusesOf(responses);
      expect(statuses.filter((s) => s === 200).length, statuses.join(',')).toBeLessThan(ring.length);
      expect(
        statuses.every((s) => s === 200 || s === 400 || s === 409),
        statuses.join(','),
      ).toBe(true);
      const parents = await Promise.all(ring.map(async (item) => (await get(`/api/initiatives/${item.id}`)).parentId));
      expect(parents.every((parent, n) => parent === ring[(n + 1) % ring.length]?.id)).toBe(false);
    }
  });

  it('when 6 admins add an initiative with one id at once, then one 201 and five 409, with one creation entry', async () => {
    const id = `race-create-${Date.now().toString(36)}`;
    const body = {
      id,
      kind: 'practice',
      title: { ru: 'Одна', en: 'One' },
      summary: { ru: 'Одна', en: 'One' },
      ownerId: 'senate',
      region: 'KZ',
      noSource: true,
    };
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, n) => write(n, 'POST', '/api/initiatives', body)),
    );
    expect(statusesOf(responses)).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await get(`/api/initiatives/${id}/history`)).items.map((h: Json) => h.kind)).toEqual(['created']);
  });

  it('when 6 milestones are added to one initiative at once, then all six are kept and the initiative moves six versions', async () => {
    const initiative = await addInitiative();
    const before = await send(0, `/api/initiatives/${initiative.id}`);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        write(n, 'POST', `/api/initiatives/${initiative.id}/milestones`, { title: `Step ${n}` }),
      ),
    );
    expect(statusesOf(responses)).toEqual(Array(6).fill(201));
    await expectConditionalReadsFresh(`/api/initiatives/${initiative.id}`, before.headers.get('etag') ?? '', (body) => {
      expect(body.version).toBe(initiative.version + 6);
      expect(body.milestones).toHaveLength(6);
    });
    const kinds = (await get(`/api/initiatives/${initiative.id}/history`)).items.map((h: Json) => h.kind);
    expect(kinds.filter((k: string) => k === 'milestone_added')).toHaveLength(6);
  });

  it('when 9 officials edit, complete or remove one milestone from one version, then exactly one write lands', async () => {
    const initiative = await addInitiative();
    for (const action of ['edit', 'complete', 'remove'] as const) {
      const created = await write(0, 'POST', `/api/initiatives/${initiative.id}/milestones`, {
        title: `Milestone to ${action}`,
        dueDate: '2030-01-01',
      });
      const milestone: Json = await created.json();
      const etag = created.headers.get('etag') ?? '';
      const path = `/api/initiatives/${initiative.id}/milestones/${milestone.id}`;
      const before = await send(0, `/api/initiatives/${initiative.id}`);
      const responses = await Promise.all(
        Array.from({ length: 9 }, (_, n) => {
          const ifMatch = { 'If-Match': etag };
          if (action === 'remove') return write(n, 'DELETE', path, undefined, ifMatch);
          const body = action === 'edit' ? { dueDate: `2030-02-${String(n + 10)}` } : { completed: true };
          return write(n, 'PATCH', path, body, ifMatch);
        }),
      );
      const statuses = statusesOf(responses);
      const winners = statuses.filter((s) => s === 200 || s === 204);
      expect(winners, `${action}: ${statuses.join(',')}`).toHaveLength(1);
      // A removed milestone is gone for the losers that read after the winner committed: 404, else 409.
      expect(statuses.filter((s) => s === 409 || (action === 'remove' && s === 404))).toHaveLength(8);
      const kinds = (await get(`/api/initiatives/${initiative.id}/history`)).items.map((h: Json) => h.kind);
      const kind = { edit: 'milestone_changed', complete: 'milestone_completed', remove: 'milestone_removed' }[action];
      expect(kinds.filter((k: string) => k === kind)).toHaveLength(1);
      await expectConditionalReadsFresh(
        `/api/initiatives/${initiative.id}`,
        before.headers.get('etag') ?? '',
        (body) => {
          const stored = body.milestones.find((m: Json) => m.id === milestone.id);
          if (action === 'remove') expect(stored).toBeUndefined();
          else expect(stored.version).toBe(2);
        },
      );
    }
  });

  it('when three children of one parent change progress at the same moment, then the parent and grandparent hold their mean, each at a new version (5 trials)', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const grandparent = await addInitiative();
      const parent = await addInitiative({ parentId: grandparent.id });
      const children = [];
      for (let c = 0; c < 3; c++) children.push(await addInitiative({ parentId: parent.id }));
      const grandBefore = await send(0, `/api/initiatives/${grandparent.id}`);
      const grandSeen: Json = await grandBefore.json();
      const targets = [19, 61, 98];
      const responses = await Promise.all(
        children.map((child, n) =>
          updateInitiative(instance(n), official, child.id, {
            version: child.version,
            progress: targets[n],
            note: `Trial ${trial}`,
          }),
        ),
      );
      expect(statusesOf(responses)).toEqual([200, 200, 200]);
      const parentNow = await get(`/api/initiatives/${parent.id}`);
      expect(parentNow.progress, `trial ${trial}`).toBe(59);
      expect(parentNow.children.map((c: Json) => c.progress).sort()).toEqual([19, 61, 98]);
      await expectConditionalReadsFresh(
        `/api/initiatives/${grandparent.id}`,
        grandBefore.headers.get('etag') ?? '',
        (body) => {
          expect(body.progress).toBe(59);
          expect(body.version).toBeGreaterThan(grandSeen.version);
        },
      );
      const rollups = (await get(`/api/initiatives/${parent.id}/history`)).items.filter(
        (h: Json) => h.kind === 'rollup',
      );
      expect(rollups.map((h: Json) => h.changes.at(-1).to)).toContain(59);
      expect(rollups.every((h: Json) => h.changes[0].field === 'progress')).toBe(true);
    }
  });
});
