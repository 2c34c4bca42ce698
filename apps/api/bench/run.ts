import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportBench } from './export-bench.ts';
import { extractBench } from './extract-bench.ts';
import type { BenchContext, Figure } from './figure.ts';
import { limitsOf } from './limits.ts';
import { type Dataset, listBench } from './list-bench.ts';
import { profileFlags, topOfNewestProfile } from './profile.ts';
import { reportFile, table, writeReport } from './report.ts';
import { sheetBench } from './sheet-bench.ts';
import { statsBench } from './stats-bench.ts';
import { benchDir, syntheticDatabase } from './synthetic-data.ts';
import { webBench } from './web-bench.ts';
import { writesBench } from './writes-bench.ts';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
// --only=list,stats (or BENCH_ONLY=list,stats) runs a subset and leaves the report alone, for profiling one figure.
const profile = process.argv.includes('--profile');
const only = (
  process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? process.env.BENCH_ONLY
)?.split(',');
const sizes = quick
  ? {
      stats: { initiatives: 10_000, history: 100_000 },
      export: { initiatives: 100_000, history: 0 },
      sheet: { initiatives: 100_000, history: 0 },
    }
  : {
      stats: { initiatives: 100_000, history: 1_000_000 },
      export: { initiatives: 1_000_000, history: 0 },
      sheet: { initiatives: 100_000, history: 0 },
    };

/** Removes this run's temp folder, and those of earlier runs whose process is gone (killed mid-run). */
function cleanTemp(all: boolean) {
  const tmp = path.dirname(benchDir);
  for (const name of fs.readdirSync(tmp)) {
    const match = /^civic-bench(?:-(\d+))?$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1] ?? 0);
    let alive = false;
    if (pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if ((pid === process.pid && all) || (pid !== process.pid && !alive))
      fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
}
cleanTemp(false);
process.on('exit', () => cleanTemp(true));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const n = (value: number) => value.toLocaleString('en-US');
const started = new Date();
const loadAtStart = os.loadavg()[0] ?? 0;
const ctx: BenchContext = {
  quick,
  seconds: quick ? 3 : 10,
  log: (line) => console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`),
  notes: [],
  serverFlags: () => (profile ? profileFlags() : []),
  reportProfile: (label) => {
    if (profile) console.log(`\n${label}: self time\n${topOfNewestProfile().join('\n')}\n`);
  },
};

const benches: [string, () => Promise<Figure[]>][] = [
  [
    'list',
    async () => {
      const datasets: Dataset[] = [{ label: 'seeded', dataDir: path.join(benchDir, 'seeded') }];
      for (const size of [{ initiatives: 1000, history: 10_000 }, sizes.stats]) {
        const file = await syntheticDatabase(size, ctx.log);
        datasets.push({ label: `${n(size.initiatives)} initiatives`, dataDir: path.dirname(file) });
      }
      return listBench(ctx, datasets);
    },
  ],
  ['stats', () => statsBench(ctx, sizes.stats)],
  ['writes', () => writesBench(ctx)],
  ['export', () => exportBench(ctx, sizes.export)],
  ['sheet', () => sheetBench(ctx, sizes.sheet)],
  ['web', () => webBench(ctx)],
  ['extract', async () => extractBench()],
];

const figures: Figure[] = [];
for (const [name, bench] of benches) {
  if (only && !only.includes(name)) continue;
  try {
    figures.push(...(await bench()));
  } catch (err) {
    ctx.notes.push(`The ${name} benchmark failed: ${(err as Error).message}`);
    console.error(err);
  }
}

const report = {
  quick,
  started,
  seconds: ctx.seconds,
  sizes: `list: the seeded data, ${n(1000)} and ${n(sizes.stats.initiatives)} initiatives; stats ${n(sizes.stats.initiatives)} initiatives and ${n(sizes.stats.history)} history rows; export ${n(sizes.export.initiatives)} initiatives; .xlsx export ${n(sizes.sheet.initiatives)} initiatives; writes ${n(1000)} initiatives`,
  figures,
  notes: ctx.notes,
  limits: limitsOf(figures),
  loadAtStart,
};
if (!only) writeReport(report);
console.log(
  `\n${table(figures)}\n\n${ctx.notes.join('\n')}\n\n${only ? 'Partial run: report not written.' : `Written to ${reportFile}`}`,
);
process.exit(0);
