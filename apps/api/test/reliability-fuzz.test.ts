import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { routeTable } from '../src/routes.ts';
import { loginAs } from './auth-helpers.ts';
import { type HostileRequest, hostileRequest, type Identity } from './reliability-hostile.ts';
import { createRawClient, inPool, type RawClient, type RawResponse, writeReport } from './reliability-http.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261127);
const batchSize = 32;
const concurrency = 8;
const numRuns = Number(process.env.FUZZ_RUNS ?? 320);
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Everything an official's write could touch; compared before and after every rejected batch. */
async function snapshot(store: Store): Promise<string> {
  const [initiatives, changes, milestones] = await Promise.all([
    store.db.selectFrom('initiatives').selectAll().orderBy('id').execute(),
    store.db.selectFrom('status_changes').selectAll().orderBy('id').execute(),
    store.db.selectFrom('milestones').selectAll().orderBy('id').execute(),
  ]);
  return JSON.stringify({ initiatives, changes, milestones });
}

/** What is wrong with an answer to a hostile request, if anything. */
function flaw(request: HostileRequest, res: RawResponse): string | undefined {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 400) return undefined;
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    return `${res.status} with content-type ${res.headers['content-type']}`;
  }
  if (!res.headers['content-security-policy'] || res.headers['x-content-type-options'] !== 'nosniff') {
    return `${res.status} without security headers`;
  }
  if (request.method === 'HEAD') return undefined;
  const text = res.body.toString('utf8');
  if (/node_modules|at .+\.ts:\d+|\bError: /.test(text)) return `${res.status} leaks a stack: ${text.slice(0, 200)}`;
  try {
    const problem = JSON.parse(text) as Json;
    if (problem.status !== res.status || typeof problem.type !== 'string' || typeof problem.title !== 'string') {
      return `${res.status} with a malformed problem: ${text.slice(0, 200)}`;
    }
  } catch {
    return `${res.status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  return undefined;
}

const describeRequest = (r: HostileRequest) =>
  `${r.identity} ${r.method} ${r.path.slice(0, 300)} [${r.headers?.['content-type'] ?? 'no type'}] ${r.body?.toString('utf8').slice(0, 200) ?? ''}`;

describe(`fuzzing every route (seed ${seed})`, () => {
  let app: TestApp;
  let client: RawClient;
  const statuses: Record<string, number> = {};
  const byIdentity: Record<string, number> = {};
  let sent = 0;
  let serverErrors = 0;
  let rejectedWrites = 0;
  let acceptedWrites = 0;

  beforeAll(async () => {
    app = await startTestApp();
    client = createRawClient(app.url, concurrency);
  });
  afterAll(async () => {
    client?.close();
    await app?.close();
  });

  it('when hostile requests hit every mounted route, anonymous and as an official, then none is a 5xx, every 4xx is problem+json, and rejected writes change nothing', async () => {
    const routes = routeTable;
    expect(routes.length).toBeGreaterThan(15);
    const list: Json = await app.json('/api/initiatives?pageSize=100');
    const realIds: string[] = list.items.map((i: Json) => i.id);
    const official = await loginAs(app, 'official');
    const cookies: Record<Identity, string | undefined> = { anonymous: undefined, official };
    // Logging out would end the session the rest of the run writes with.
    const fuzzed = routes.filter((r) => !r.path.endsWith('/logout'));
    const routeHits = new Set<string>();
    let baseline = await snapshot(app.store);

    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileRequest(fuzzed, realIds, cookies), { minLength: batchSize, maxLength: batchSize }),
        async (batch) => {
          const answers = await inPool(batch, concurrency, async (request) => {
            const res = await client.send(request).catch((err: Error) => {
              throw new Error(`${err.message}\n  for ${describeRequest(request)}`);
            });
            return { request, res };
          });
          let wrote = false;
          for (const { request, res } of answers) {
            sent += 1;
            routeHits.add(request.route);
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
            byIdentity[request.identity] = (byIdentity[request.identity] ?? 0) + 1;
            if (res.status >= 500) serverErrors += 1;
            if (writeMethods.has(request.method)) {
              if (res.status < 300) {
                wrote = true;
                acceptedWrites += 1;
              } else rejectedWrites += 1;
            }
            const problem = flaw(request, res);
            if (problem) throw new Error(`${problem}\n  for ${describeRequest(request)}`);
          }
          const after = await snapshot(app.store);
          if (!wrote && after !== baseline)
            throw new Error('stored data changed although every write in the batch was rejected');
          baseline = after;
          expect(({} as Json).polluted).toBeUndefined();
        },
      ),
      {
        seed,
        numRuns,
        endOnFailure: true,
        ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
        // The counterexample holds bodies of 100 kB; the seed, path and our own message are enough to replay it.
        reporter: (run) => {
          if (run.failed)
            throw new Error(
              `seed ${run.seed}, path ${run.counterexamplePath}: ${String(run.errorInstance).slice(0, 3000)}`,
            );
        },
      },
    );

    const figures = {
      store: app.store.kind,
      seed,
      sent,
      serverErrors,
      rejectedWrites,
      acceptedWrites,
      byIdentity,
      statuses,
      routes: routeHits.size,
    };
    console.log(`fuzz figures: ${JSON.stringify(figures)}`);
    writeReport(`reliability-fuzz-${app.store.kind}`, { ...figures, at: new Date().toISOString() });
    expect(sent).toBe(numRuns * batchSize);
    expect(serverErrors).toBe(0);
    expect(routeHits.size).toBe(fuzzed.length);
    expect(rejectedWrites).toBeGreaterThan(sent / 10);
  }, 300_000);
});
