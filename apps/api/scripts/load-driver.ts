import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { seededRandom as random } from './seeded-random.ts';

export interface LoadOptions {
  url: string;
  /** Requests started per second, whatever the answers take (an open loop). */
  rate: number;
  durationMs: number;
  /** Share of PATCH writes, e.g. 0.05. */
  writeShare: number;
  /** Cookie header of an official's session; writes go out with it. */
  cookie: string;
  ids: string[];
  /** Requests in flight at most; past it a tick sends nothing and the shortfall shows as a lower achieved rate. */
  maxInFlight?: number;
  timeoutMs?: number;
  /** Keep-alive connections at most, like a handful of busy browsers; more requests queue for them. */
  connections?: number;
  seed?: number;
}

export interface LoadResult {
  sent: number;
  reads: number;
  writes: number;
  /** 409 on a stale version: the writer re-reads and goes on; not an error. */
  conflicts: number;
  errors: number;
  errorSamples: string[];
  statuses: Record<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  achievedRate: number;
  durationMs: number;
}

interface Answer {
  status: number;
  body: Buffer;
}

/** Keep-alive HTTP/1.1 with little client-side work, so the driver does not starve the server it measures. */
function createClient(baseUrl: string, maxSockets: number, timeoutMs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request({ agent, hostname, port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      });
      // Counted from the moment the request is made, waiting for a free connection included.
      const timer = setTimeout(() => req.destroy(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);

function readPaths(ids: string[]): ((pick: () => number) => string)[] {
  const id = (pick: () => number) => ids[Math.floor(pick() * ids.length)] as string;
  return [
    () => '/api/initiatives',
    () => '/api/initiatives?status=proposed&sort=-updatedAt',
    () => '/api/initiatives?q=%D0%BC%D0%B0%D1%81%D0%BB%D0%B8%D1%85%D0%B0%D1%82&lang=en',
    () => '/api/initiatives?page=2&pageSize=5&sort=title',
    () => '/api/stats',
    (pick) => `/api/initiatives/${id(pick)}`,
    (pick) => `/api/initiatives/${id(pick)}/history`,
  ];
}

/** Drives a bounded mix of reads and official writes at a fixed rate and counts what came back. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const pick = random(options.seed ?? 1);
  const maxInFlight = options.maxInFlight ?? 256;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const reads = readPaths(options.ids);
  const client = createClient(options.url, options.connections ?? 64, timeoutMs);
  const versions = new Map<string, number>();
  const latencies: number[] = [];
  const result: LoadResult = {
    sent: 0,
    reads: 0,
    writes: 0,
    conflicts: 0,
    errors: 0,
    errorSamples: [],
    statuses: {},
    latencyMs: { p50: 0, p90: 0, p99: 0, max: 0 },
    achievedRate: 0,
    durationMs: 0,
  };
  const start = performance.now();
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  const fail = (what: string) => {
    result.errors += 1;
    if (result.errorSamples.length < 10)
      result.errorSamples.push(`${what} at ${Math.round(performance.now() - start)} ms`);
  };

  async function write(n: number): Promise<void> {
    const id = options.ids[Math.floor(pick() * options.ids.length)] as string;
    let version = versions.get(id);
    if (version === undefined) {
      const res = await client.send('GET', `/api/initiatives/${id}`, {});
      version = (JSON.parse(res.body.toString('utf8')) as { version: number }).version;
    }
    // 0–99: 100 % is only for a completed initiative (progressConflict), and the ids given are not completed.
    const change = n % 2 === 0 ? { verifiedOnly: true } : { progress: Math.floor(pick() * 100) };
    const res = await client.send(
      'PATCH',
      `/api/initiatives/${id}`,
      { 'content-type': 'application/json', cookie: options.cookie },
      JSON.stringify({ version, note: `load ${n}`, ...change }),
    );
    const body = JSON.parse(res.body.toString('utf8')) as { version?: number; current?: { version: number } };
    result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
    if (res.status === 200 && body.version) versions.set(id, body.version);
    else if (res.status === 409 && body.current) {
      result.conflicts += 1;
      versions.set(id, body.current.version);
    } else fail(`PATCH ${id}: ${res.status}`);
  }

  async function read(): Promise<void> {
    const path = (reads[Math.floor(pick() * reads.length)] as (p: () => number) => string)(pick);
    // Compressed like a browser asks; the driver counts the answer without inflating it.
    const res = await client.send('GET', path, { 'accept-encoding': 'gzip' });
    result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
    if (res.status !== 200) fail(`GET ${path}: ${res.status}`);
  }

  function launch(): void {
    const n = result.sent++;
    const isWrite = pick() < options.writeShare;
    if (isWrite) result.writes += 1;
    else result.reads += 1;
    inFlight += 1;
    const started = performance.now();
    const task = (isWrite ? write(n) : read())
      .catch((err: Error) => fail(`${isWrite ? 'PATCH' : 'GET'}: ${err.name} ${err.message}`))
      .finally(() => {
        latencies.push(performance.now() - started);
        inFlight -= 1;
        pending.delete(task);
      });
    pending.add(task);
  }

  while (performance.now() - start < options.durationMs) {
    const due = Math.floor(((performance.now() - start) / 1000) * options.rate);
    while (result.sent < due && inFlight < maxInFlight) launch();
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(pending);
  client.close();
  result.durationMs = Math.round(performance.now() - start);
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  result.latencyMs = {
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
  };
  result.achievedRate = Math.round((result.sent / result.durationMs) * 1000);
  return result;
}
