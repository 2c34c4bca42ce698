import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './figure.ts';
import { startCommand } from './production-server.ts';

export const reportFile = path.resolve(import.meta.dirname, '../../../docs/benchmarks.md');

export function machine(): string {
  const cpus = os.cpus();
  const memory = `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`;
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown model'}), ${memory} RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

const met = (value: boolean | null) => (value === null ? '—' : value ? 'yes' : '**no**');
const cell = (text: string) => text.replaceAll('|', '\\|');

export function table(figures: Figure[]): string {
  const rows = figures.map(
    (f) => `| ${[f.figure, f.value, f.baseline, f.ratio, f.goal, met(f.met)].map(cell).join(' | ')} |`,
  );
  return ['| figure | value | baseline | ratio | goal | met? |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export interface Report {
  quick: boolean;
  started: Date;
  seconds: number;
  sizes: string;
  figures: Figure[];
  notes: string[];
  limits: string[];
  /** One-minute load average when the run started; other work on the machine skews every figure. */
  loadAtStart: number;
}

/** A run on smaller data, or on a machine already busy with other work, is not a figure of record. */
function provisional(report: Report): string {
  const reasons = [
    report.quick ? 'a quick run (smaller data, 3 s of load per measurement)' : '',
    report.loadAtStart > 1
      ? `the machine was busy with other work (load average ${report.loadAtStart.toFixed(1)} on ${os.cpus().length} cores at the start)`
      : '',
  ].filter(Boolean);
  return reasons.length
    ? `> **Provisional figures**: ${reasons.join(' and ')}. They show that the benchmark runs end to end, not what the product does; run \`pnpm bench\` on a quiet machine for the figures of record.\n\n`
    : '';
}

export function writeReport(report: Report): string {
  const elapsed = ((Date.now() - report.started.getTime()) / 1000).toFixed(0);
  const text = `# Benchmarks

Written by \`pnpm bench${report.quick ? ' --quick' : ''}\`; every run rewrites this file. Do not edit by hand.

${provisional(report)}- Run: ${report.started.toISOString()}, ${report.quick ? '**quick** (smaller data, shorter load)' : 'full'}, ${elapsed} s in all
- Machine: ${machine()}
- Load average (1 min): ${report.loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]?.toFixed(1)} at the end — on a machine shared with other work, every figure runs slower than on an idle one; ratios against a baseline from the same run are the fairer reading
- Server: the process users run — the start command of \`pnpm start\` (\`${startCommand}\`: the bundle esbuild compiled, under plain node), its default environment (request log at \`info\` on stdout, which the benchmark reads and drops), 127.0.0.1, a free port and a data folder of its own under the temp folder, which the run removes at its end
- Data: ${report.sizes}; generated into the benchmarks' own SQLite files, never into the real data: every initiative is marked synthetic, and the history rows and owners, which have no such flag, exist only in those files
- Load: ${report.seconds} s per measurement, 10 keep-alive connections (autocannon 8); the baselines — raw \`node:http\` and a bare Express 5 app with no middleware — send the exact status, headers and body the API sent, in the same run

${table(report.figures)}

## Before: the same table on the previous start (\`tsx src/main.ts\`)

Measured once on a quiet machine with the server started as the README said then (\`pnpm start\`, TypeScript compiled on the fly by tsx), the seeded data, autocannon with 10 connections:

| request | requests/s | server CPU per request |
|---|---|---|
| \`GET /api/initiatives?pageSize=50\` (21 KB) | 1 400–1 600 | 0.64 ms |
| \`GET /healthz\` | 2 400–3 000 | 0.33 ms |
| raw \`node:http\` sending the list's bytes, same run | 6 800 | — |
| a bare Express 5 app (no middleware) sending the list's bytes, same run | 4 500–5 000 | — |

The list ran at 0.22 of raw \`node:http\` and 0.31 of bare Express; \`/healthz\` at 0.44 of bare Express. Resident memory after that load: about 150 MB. The benchmark of that time measured another process (an app its own script created, logging to /dev/null, on generated data) and reported 0.66 of raw.

## Notes

${report.notes.map((n) => `- ${n}`).join('\n')}

## What the profile of the production process showed

\`--cpu-prof\` on the built server (\`node dist/main.js\`), seeded data, under the list and \`/healthz\` loads; shares of the server's busy time, self time:

- Before the changes below: socket writes (\`writev\`) 11%, garbage collection 9%, pino-http 4–5% (a child logger and the line per request), better-sqlite3 \`prepare\` 3% (Kysely's SQLite driver compiles every statement afresh, so each cached answer compiled its read of the data generation again), compression 3% plus its \`on-headers\` hook for requests that accept no encoding, the router 6%, helmet's twelve nested middlewares on every request, body-parser entered for every GET.
- Cut: SQLite statements are prepared once and reused (\`db/statement-cache.ts\`); the generation query is compiled once (it is still read from the database on every cached answer, since another instance may have written); helmet runs once at start-up and one middleware sets its headers (\`http/static-headers.ts\`); compression is skipped for requests without Accept-Encoding and the JSON body parser for GET and HEAD; the request log goes to pino's asynchronous destination (lines logged while a write is in flight share the next write; pino flushes it synchronously on exit).
- After: socket writes 7–20% and garbage collection 7–9% (both also paid by the baselines), pino-http 5–6% (the child logger per request and redaction; the line stays as it is), express and the router 6–8%, the generation read 3%, writing headers 5%. What the server does beyond a bare Express app is now mostly the log line, the route table's dispatch (guard, params, query schema) and that read.
- CSV export: rows were first read in keyset pages but went through the response one object-mode stream step each (\`Readable.from\`, csv-stringify's transform, a socket write per few rows: 25–30% of the export's busy time). Batching a page into one write left reading the rows through Kysely as objects of every column (all three languages, the overdue milestone, the assessment read again) 26–48% and garbage collection 19–23%. Now the initiatives CSV reads only the columns it prints, in the file's language, with the latest assessment joined, as arrays (better-sqlite3's raw mode, node-postgres's array row mode; \`db/array-rows.ts\`), and writes each page's cells straight into one string by the cell rule (\`csvCell\`, held byte for byte to csv-stringify's output by a test): 3.5 s of server CPU for 100 000 rows before, 1.4 s after, in runs on the same busy machine; peak memory of the export server 316 MB before, 147–172 MB after.
- The export benchmark counted lines, and the shell's rows hold quoted line breaks (the summaries in other languages, the search text): its rows/s was seven times too high. It now counts CSV records.
- Peak memory of the export: the heap, not buffering — capping the old space at 96 MB still peaked near 195 MB. Measured once on the busy machine, \`node --optimize-for-size\` (fewer heap pages kept between collections) rested at 92 MB and peaked at 127 MB over a 100 000-row export against 107 and 242 MB without it; its cost in throughput is measured in the bullet on memory flags below.
- Memory at rest and cold start: the document import and spreadsheet routes had brought in exceljs, mammoth, linkedom, Readability, chardet, iconv-lite, yauzl, multer and the Snowball stemmer at start-up, and every server loaded the PostgreSQL driver and built the OpenAPI document: about 145 MB at rest and 0.9–1.0 s of CPU to /readyz. Those load on first use now (\`lazy-module.ts\`, \`await import\`), the seed skips the checks of initiatives already there, and the start's build check no longer loads esbuild: 97–103 MB at rest and about 0.42 s of CPU to /readyz, measured on the same busy machine. The libraries every request needs (express, kysely, zod, pino, better-sqlite3, helmet, compression) hold most of what remains. The previous start under tsx added a loader thread with its own heap (about 150 MB at rest).
- Then (request log, probes, keyset pages, memory flags), measured on the same busy machine (load average 4–23 on 2 cores, other people's tests running), so as server CPU per request or per row rather than requests/s: pino-http made a child logger per request (binding the request through pino-std-serializers, which also reads the socket's address) and three listeners; the line is now written by one shared 'close' listener on the root logger with the same fields, order and messages (\`http/request-log.ts\`, held field for field to pino-http's line by a test), and \`req.log\` is made only when a route reads it. \`/healthz\` and \`/readyz\` answer from a router of their own mounted after the headers and compression check, before the /api middleware and the route table. \`/healthz\` went from 0.45 ms to 0.30–0.32 ms of server CPU per request; resting memory from 97–101 MB to 93–95 MB (pino-http and its serializers no longer load).
- CSV export, keyset pages: the page after a row asked for \`value > v or (value = v and id > last)\`; SQLite cannot seek an index for that OR, so every page walked the (sort_key, id) index from its start — a cost growing with the page's position, quadratic over a whole export (at 100 000 rows about 4 ms of each 1 000-row page). A range on the sort value first (\`value >= v and (value > v or id > last)\`, the same rows) lets SQLite and PostgreSQL seek it; a test reads SQLite's plan. The cell rule looks for a quote trigger once and writes a cell without one whose first character is a letter or digit without the neutralising scan (\`csvCell\`, held to the rule by a property test), and each line is encoded into one buffer per page instead of joining the page into one string of about 1.4 MB, which went to the large-object space and stayed until a full collection. Server CPU per row: 24–25 µs before and 21–22 µs after the first two at 100 000 rows, 18.6–19.7 µs with the buffer; at 1 000 000 rows 28.6 µs before, 16.9 µs after (one run). Peak memory of the export server: 171.5 MB before, 143.5 MB at 1 000 000 rows (one run, before the buffer change), 139–142 MB at 100 000 rows with it.
- Memory flags, measured against each other in turns on the same machine: \`--optimize-for-size\` rested at 82 MB instead of 94 and peaked at 91 MB instead of 122 under the list load, at about the same CPU per list request (0.97–1.25 ms against 0.93–1.26 ms), but doubled the export's CPU (42–45 µs per row against 20–21) while peaking at 114 MB; \`--max-semi-space-size=2\` or \`4\` (a smaller young generation) promoted more of each page into the old space: 24–30 µs per row and a higher export peak (175–178 MB); \`8\` changed little (22 µs, 149 MB before the buffer change). (Measured again on a quiet machine: see the young generation's cap below.)
- Then (bundle, data generation, probes, log line). A CPU profile of a start to /readyz was two thirds module loading: node reading package.json files, resolving and compiling several hundred files of express, kysely, zod, pino and their dependencies one at a time. The bundle now inlines the libraries every start loads (\`scripts/build.mjs\`) and leaves as imports only better-sqlite3 (native), tinypool (its worker file sits beside its module) and what loads on first use: CPU to /readyz 0.83–1.19 s before, 0.33–0.46 s after, in paired runs on the loaded machine (load average 10–16); resting memory 96 → 91–93 MB. Under the list load the generation read through Kysely (its connection queue, promise chain and driver) took 3–5%: SQLite now reads the counter synchronously between Kysely's queries, and inside a transaction still waits for Kysely, so a counter that a rollback would hand out again is never trusted (a test fails without that guard). Redaction (@pinojs/redact) took 3.6% of \`/healthz\`: the request line, whose fields are fixed and carry no secret, goes through a child logger without it. The probes answer through \`writeHead\` with \`Cache-Control: no-store\` and no ETag (Express's body hash was 2.4%; a probe's answer must not be kept anyway). Server CPU per request, paired runs on the loaded machine: \`/healthz\` 0.32–0.39 ms before, 0.25–0.32 ms after; the seeded list 0.51–0.57 ms before, 0.42–0.47 ms after.
- Then (the young generation's cap, tried and left out). On the loaded machine the bundle put the 1 000 000-row CSV export's peak at 149–155 MB, just past its goal, and \`node --max-semi-space-size=8\` lowered it to 130–132 MB (149 MB without it, 178 MB with \`4\`), and the seeded list load's peak from 182–187 to 168–170 MB at the same CPU per request. On the quiet machine the same pair went the other way: 174–188 MB with the cap against 150–153 MB without it, in four alternating runs and one full run. A collector trace of the quiet export (\`--trace-gc\`) shows the heap committed at 39–44 MB throughout while RSS reached 179 MB: what grows is memory outside the heap, the pages' buffers (about 0.7 MB of CSV each, allocated as they are written and freed only when a collection finds them dead), not the young generation. Sizing each page's buffer from the last page's length (one allocation per page instead of three growing ones) did not move the peak (148–155 MB). The start command stays \`node dist/main.js\`. What would lower the peak is writing each page into buffers that are reused once the socket has taken them. Now the lines are encoded into two 256 KB buffers used in turn, one filled while the other is sent and filled again only after the response's 'drain' (\`export/text-in-turns.ts\`; the files, plain, gzip and brotli, byte for byte those before): in alternating runs on the loaded machine (load average 6–15), 1 000 000 rows peaked at 143.0–144.1 MB against 152.4–156.2 MB before and 100 000 rows at 135.5–139.7 MB against 146.6–153.0 MB, at 13.9–14.3 µs of server CPU per row against 14.4–16.7 µs (100 000 rows: 16.7–17.9 against 17.2–22.0 µs).
- Then (log batches). The same profile of the list load showed the request lines' writes to stdout at 5.8% of the server's time (sonic-boom's write of a string: one write(2) for every line or two, even to /dev/null). Stdout now gathers 4 KB of lines, about a dozen, per write, and writes what it holds at least every 250 ms (sonic-boom's \`minLength\` and \`periodicFlush\`; the start's address line is flushed at once, and pino still flushes synchronously on exit). In the next profile the writes took 2.6% of the busy time, and about 18 µs per request instead of 63 µs. A test starts the built server and sees one request's line within a second.
- Then (kept answers first). A profile of the list load after the kept answers were served before the routers still showed Express in most of the busy time: its router walking the layers in front of the kept answer (the log, the headers) about 10% inclusive, and its \`res.send\` (type, Vary, the conditional check, Content-Length) before the socket write. Measured beside raw node:http on the same machine, the seeded list cost 0.31–0.34 ms of server CPU per request and raw node:http 0.05–0.06 ms. A kept answer is now written by the app's first middleware through node's own response (\`serveKept\` in \`http/response-cache.ts\`): the precomputed header list of the entry (the twelve security headers recorded once from helmet, Vary, Content-Type, ETag, Content-Length) in one \`writeHead\`, a 304 when the request's validators match (the \`fresh\` package, which Express's own check uses), no body for HEAD, its log line started as the log middleware starts it, and on SQLite the generation read synchronously, with no await. A test holds the kept answer to the route's, header for header and byte for byte, for plain, gzip, br, identity and HEAD requests, and the 304s of both by their header names; another sees each kept answer's log line.

## What the profiles led to

- \`GET /api/stats\` scanned every history row twice per request (activity by month, status over time): 1 474 ms median at 100 000 initiatives and 1 000 000 history rows, 83% of the server's time inside SQLite. Migration 0003 adds \`status_days\`, per day and status the history rows that ended there and the net move in or out, kept exact by a trigger on insert (history is append-only; on PostgreSQL the trigger is deferred to commit and writes its rows in a fixed order, so concurrent writers cannot deadlock), and the stats read it instead.
- The totals read a covering index (status, progress, target date, last verified, id) instead of the wide rows; owners are counted on their index before their names are joined.
- The default list order (sort_key, id) has its own index, so a page reads its 50 rows without sorting the table.
- The mobile initiatives list (Lighthouse) waited on a chain: index.html → the entry script → the language's texts (the app awaits them before its first render) → the list page's chunk and its imports → the list's API request. Its largest paint is the page's lead paragraph, drawn once the page chunk has run, before the data. The server now reads Vite's manifest (\`build.manifest\`) and writes into the \`/initiatives\` page preload links (\`http/page-preloads.ts\`): the texts at the default priority, and at \`fetchpriority="low"\` (behind the entry, which must run first) the page chunk, the chunks it imports that index.html does not already preload, their CSS, and — when the address carries no filter — the exact first-page request the page makes (\`unfilteredListRequest\`: same URL, same credentials mode), which the browser then answers from the preload without asking again (an e2e test sees one request). The initial JavaScript, index.html's own preloads, is unchanged. Dates and numbers reuse one Intl formatter per locale and options, and the page's zone is checked once, where a list page had built two or three formatters per date. The list's rows and cards render from \`useDeferredValue\` of the data: the heading and intro paint first, and the twenty rows and cards follow as interruptible work, so the data arriving early (preloaded) does not make the first paint wait for them, and the render is split into short tasks (Lighthouse mobile total blocking time 1.2–1.9 s without it, 0.7–1.1 s with it, in three paired runs on the loaded machine).
- The list and the overview now carry their heading and lead paragraph in the HTML, in the page's language (the address's \`?lang=\`, then the visitor's chosen language from the \`civic.lang\` cookie the app writes, then Russian), made at build time from the locale files with the markup React renders (\`apps/web/src/app/page-starts.ts\`, \`http/page-starts.ts\`), In paired Lighthouse mobile runs on the quiet machine, with the scripts also fetched at low priority, the first contentful paint moved from 2.5–3.0 s to 1.0–1.3 s and the largest from 3.4–4.0 s to 2.6–3.0 s, and the score from 56 and 74 to 68 and 74: the scripts' long tasks, which used to run before the first paint, now fall after it and count as blocking time (see the limit of the mobile figure). The low priority was then left out: on the busy test machine it delayed the list's own rows past an end-to-end test's limit, a delay a phone would feel too; without it Lighthouse's simulation counts the scripts as blocking the first paint again.
- The overview drew all its charts (Recharts, whose store updates render synchronously, so each chart is one uninterruptible task) in the first seconds, though most lie below the fold. A chart card now draws its chart when it comes within half a screen of the viewport (\`lib/use-near-viewport.ts\`, IntersectionObserver), still one chart per task; its frame holds the chart's height from the start, and its text alternative, table and download are there before it draws. Main-thread CPU in the first 5 s of the overview at 1350×940, sampled by the V8 profiler: 1.95–2.13 s before, 1.33–1.46 s after, on the loaded machine. On the list, the first Intl formatter of a page (the footer's zone check) took 60–80 ms inside the first render, which the lead paragraph waits for; the zone is now checked while the texts load.
- The mobile audit of the list showed a task of 0.1–0.2 s (4× slowed CPU) of style and layout when the page chunk's own stylesheet arrived after the first paint: the browser styled and laid out the whole page a second time. All the app's CSS (27 KB, about 6 KB gzip) is now one stylesheet that index.html loads (Vite's \`cssCodeSplit: false\`), so no page adds CSS later; the task is gone from the audit. Lighthouse varies from run to run by several points on this machine (88–97 in four runs of the same build); the bench runs each audit three times and reports the median run, chosen by Lighthouse's own \`computeMedianRun\`.
- Run \`pnpm bench --only=list --profile\` (or stats, export) to see where a server spends its time; \`--quick\` (or \`BENCH_QUICK=1\`) for smaller data and shorter load.

## What limits the goals not met

${report.limits.length ? report.limits.map((n) => `- ${n}`).join('\n') : '- Every goal measured in this run was met.'}
`;
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, text);
  return text;
}
