import path from 'node:path';
import { pino } from 'pino';
import { composeServices } from '../src/compose.ts';
import { openSqlite } from '../src/db/connect.ts';
import { peakRssOf } from './child-server.ts';
import { type BenchContext, type Figure, fmt, mb, notMeasured } from './figure.ts';
import { startProductionServer } from './production-server.ts';
import { type DataSize, removeDatabase, syntheticDatabase, workingCopy } from './synthetic-data.ts';

const dryRunRows = 10_000;

/** The .xlsx export over HTTP: rows per second and the server's peak RSS (it streams, so RSS stays flat). */
async function xlsxExport(ctx: BenchContext, size: DataSize): Promise<Figure[]> {
  const name = `.xlsx export (${fmt(size.initiatives)} initiatives)`;
  const database = await syntheticDatabase(size, ctx.log);
  const timeoutMs = ctx.quick ? 120_000 : 600_000;
  const api = await startProductionServer(path.dirname(database), ctx.serverFlags());
  try {
    await (await fetch(`${api.url}/api/initiatives?pageSize=1`)).arrayBuffer();
    const resting = api.peakRss();
    if (resting !== null)
      ctx.notes.push(
        `.xlsx export server: peak RSS ${mb(resting)} after start and one list request, before the export.`,
      );
    // A file of no rows first: what loading exceljs and opening a zip cost, apart from the rows.
    const empty = await fetch(`${api.url}/api/export/initiatives.xlsx?q=${encodeURIComponent('no such words at all')}`);
    if (!empty.ok) throw new Error(`the empty export answered ${empty.status}`);
    await empty.arrayBuffer();
    const emptyPeak = api.peakRss();
    ctx.log('sheet: /api/export/initiatives.xlsx over HTTP');
    const started = performance.now();
    const res = await fetch(`${api.url}/api/export/initiatives.xlsx`, {
      headers: { 'accept-encoding': 'identity' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok || !res.body) throw new Error(`the export answered ${res.status}`);
    let bytes = 0;
    for await (const chunk of res.body) bytes += chunk.length;
    const seconds = (performance.now() - started) / 1000;
    const peak = api.peakRss();
    return [
      {
        figure: `${name}: rows/s`,
        value: `${fmt(size.initiatives / seconds)} (${fmt(seconds, 1)} s, ${mb(bytes)})`,
        baseline: '—',
        ratio: '—',
        goal: '—',
        met: null,
      },
      {
        figure: `${name}: peak RSS of the server process`,
        value: peak === null ? 'unknown (no /proc)' : mb(peak),
        baseline: resting === null ? '—' : `${mb(resting)} at rest`,
        ratio: '—',
        goal: '≤ 150 MB',
        met: peak === null ? null : peak <= 150 * 1024 * 1024,
        limit: `A file of no rows already took the server to ${emptyPeak === null ? 'an unknown peak' : mb(emptyPeak)} (exceljs, its zip writer and their code, loaded on the first workbook). The rows do not accumulate: the file streams a keyset page at a time and waits for the zip and the reader (\`settle\` in xlsx-workbook.ts). A trace of the collector (\`node --trace-gc\`, 100,000 rows, measured once on 2026-12-01) showed what stays: after each full collection the heap held 30–35 MB however many rows had been written; between collections V8 let the old space grow to about 110–117 MB, since exceljs builds several objects per cell and a page of rows outlives two young-generation collections while it is written, and V8 sizes the next limit at a multiple of what survived when collections are cheap (mutator utilisation 0.98–0.99). Smaller pages (200 rows) lowered the peak only from 247 to 230 MB and ran slower; capping the young generation at 8 MB (\`--max-semi-space-size=8\`) did not change it (247 MB). Meeting 150 MB needs a writer that builds no object per cell, or a cap on the old space that would end a large export with an out-of-memory crash instead.`,
      },
    ];
  } catch (err) {
    return [notMeasured(`${name}: rows/s`, '—', (err as Error).message)];
  } finally {
    await api.stop();
  }
}

/** A dry run of a CSV changing the progress of 10 000 initiatives, through the service the route calls. */
async function dryRun(ctx: BenchContext, size: DataSize): Promise<Figure> {
  const figure = `Spreadsheet dry run (${fmt(dryRunRows)} changed rows)`;
  const copy = workingCopy(await syntheticDatabase(size, ctx.log), 'sheet-dry-run');
  const store = openSqlite(copy);
  try {
    const rows = await store.db
      .selectFrom('initiatives')
      .select(['id', 'version', 'progress', 'status'])
      .where('status', '!=', 'completed')
      .limit(dryRunRows)
      .execute();
    const lines = rows.map((r) => `${r.id};${r.version};${(Number(r.progress) + 1) % 100};Проверено на месте`);
    const csv = Buffer.from(`\uFEFFid;version;progress;note\r\n${lines.join('\r\n')}\r\n`);
    const services = composeServices({ store, logger: pino({ level: 'silent' }), staleAfterDays: 30 });
    const user = {
      id: 'bench',
      username: 'bench',
      displayName: 'Bench',
      role: 'official' as const,
      organisation: null,
      disabled: false,
    };
    ctx.log(`sheet: dry run of ${fmt(rows.length)} changed rows`);
    const started = performance.now();
    const report = await services.spreadsheets.dryRun({ name: 'bench.csv', bytes: csv }, 'ru', user);
    const seconds = (performance.now() - started) / 1000;
    ctx.notes.push(
      `Spreadsheet dry run: ${fmt(report.counts.changed)} changed, ${fmt(report.counts.error)} errors; peak RSS of the bench process ${mb(peakRssOf(process.pid) ?? 0)}.`,
    );
    return { figure, value: `${fmt(seconds, 2)} s`, baseline: '—', ratio: '—', goal: '≤ 2 s', met: seconds <= 2 };
  } catch (err) {
    return notMeasured(figure, '≤ 2 s', (err as Error).message);
  } finally {
    await store.close();
    removeDatabase(copy);
  }
}

/** The spreadsheet round trip's figures: the .xlsx export of the export size, and a dry run of 10 000 changed rows. */
export async function sheetBench(ctx: BenchContext, size: DataSize): Promise<Figure[]> {
  return [...(await xlsxExport(ctx, size)), await dryRun(ctx, size)];
}
