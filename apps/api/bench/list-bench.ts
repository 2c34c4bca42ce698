import fs from 'node:fs';
import path from 'node:path';
import { startChildServer } from './child-server.ts';
import { type BenchContext, type Figure, fmt, ms } from './figure.ts';
import { load } from './load.ts';
import type { RawFixture } from './serve.ts';
import { benchDir, syntheticDatabase } from './synthetic-data.ts';

const listPath = '/api/initiatives?pageSize=50';
const hopByHop = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The exact status, headers and body the API sent, for the raw server to repeat byte for byte. */
async function capture(url: string): Promise<RawFixture> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const headers = [...response.headers].filter(([name]) => !hopByHop.has(name));
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers, bodyBase64: body.toString('base64') };
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
      const rawResult = await load(`${raw.url}${listPath}`, ctx.seconds);
      ctx.log(`list: API for ${ctx.seconds} s`);
      const apiResult = await load(`${api.url}${listPath}`, ctx.seconds);
      const half = Math.max(1, Math.floor(apiResult.requestsPerSecond / 2));
      ctx.log(`list: API at ${half} req/s for ${ctx.seconds} s`);
      const halfResult = await load(`${api.url}${listPath}`, ctx.seconds, half);
      const ratio = apiResult.requestsPerSecond / rawResult.requestsPerSecond;
      const failures = rawResult.failures + apiResult.failures + halfResult.failures;
      if (failures > 0) ctx.notes.push(`The list load saw ${failures} failed or non-2xx responses.`);
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
          value: ms(halfResult.p99),
          baseline: '—',
          ratio: '—',
          goal: '≤ 10 ms',
          met: halfResult.p99 <= 10,
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
