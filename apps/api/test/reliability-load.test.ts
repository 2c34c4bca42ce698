import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../scripts/load-driver.ts';
import { loginAs } from './auth-helpers.ts';
import { writeReport } from './reliability-http.ts';
import { type Json, startTestApp, type TestApp } from './test-app.ts';

const rate = Number(process.env.LOAD_RATE ?? 200);
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

describe('a short mixed load', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it(`when ${rate} requests a second (95 % reads, 5 % official writes) run for ${seconds} s on 127.0.0.1, then none fails and every write is recorded`, async () => {
    const cookie = await loginAs(app, 'official');
    const list: Json = await app.json('/api/initiatives?pageSize=100');
    // Writers set a progress below 100, which a completed initiative refuses (progressConflict): leave those out.
    const ids: string[] = list.items.filter((i: Json) => i.status !== 'completed').map((i: Json) => i.id);
    // A parent's roll-up adds an entry of its own when its progress moves; count the officials' writes.
    const historyBefore = await app.store.db
      .selectFrom('status_changes')
      .select('id')
      .where('kind', '<>', 'rollup')
      .execute();
    const rssBefore = process.memoryUsage().rss;

    const result = await runLoad({
      url: app.url,
      rate,
      durationMs: seconds * 1000,
      writeShare: 0.05,
      cookie,
      ids,
      timeoutMs: 30_000,
    });

    const rssAfter = process.memoryUsage().rss;
    const historyAfter = await app.store.db
      .selectFrom('status_changes')
      .select('id')
      .where('kind', '<>', 'rollup')
      .execute();
    const figures = {
      store: app.store.kind,
      rate,
      seconds,
      ...result,
      rssMiB: { before: mib(rssBefore), after: mib(rssAfter) },
      // The machine's own load says whether the figures measure the API or its neighbours.
      loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
    };
    console.log(`load figures: ${JSON.stringify(figures)}`);
    writeReport(`reliability-load-${app.store.kind}`, { ...figures, at: new Date().toISOString() });

    expect(result.errorSamples).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.reads).toBeGreaterThan(0);
    expect(result.writes).toBeGreaterThan(0);
    const accepted = result.statuses['200'] ?? 0;
    expect(accepted + result.conflicts).toBe(result.sent);
    expect(historyAfter.length - historyBefore.length).toBe(result.writes - result.conflicts);
  }, 120_000);
});
