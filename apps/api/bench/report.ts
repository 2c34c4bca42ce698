import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './figure.ts';

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

export function writeReport(report: Report): string {
  const elapsed = ((Date.now() - report.started.getTime()) / 1000).toFixed(0);
  const text = `# Benchmarks

Written by \`pnpm bench${report.quick ? ' --quick' : ''}\`; every run rewrites this file. Do not edit by hand.

- Run: ${report.started.toISOString()}, ${report.quick ? '**quick** (smaller data, shorter load)' : 'full'}, ${elapsed} s in all
- Machine: ${machine()}
- Load average (1 min): ${report.loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]?.toFixed(1)} at the end — on a machine shared with other work, every figure runs slower than on an idle one; ratios against a baseline from the same run are the fairer reading
- Data: ${report.sizes}; generated into the benchmarks' own SQLite files under the temp folder (cached by size and schema), never into the real data: every initiative is marked synthetic, and the history rows and owners, which have no such flag, exist only in those files
- Load: ${report.seconds} s per measurement, 10 keep-alive connections (autocannon 8)

${table(report.figures)}

## Notes

${report.notes.map((n) => `- ${n}`).join('\n')}

## What the profiles led to

- \`GET /api/stats\` scanned every history row twice per request (activity by month, status over time): 1 474 ms median at 100 000 initiatives and 1 000 000 history rows, 83% of the server's time inside SQLite. Migration 0003 adds \`status_days\`, per day and status the history rows that ended there and the net move in or out, kept exact by a trigger on insert (history is append-only; on PostgreSQL the trigger is deferred to commit and writes its rows in a fixed order, so concurrent writers cannot deadlock), and the stats read it instead.
- The totals read a covering index (status, progress, target date, last verified, id) instead of the wide rows; owners are counted on their index before their names are joined.
- The default list order (sort_key, id) has its own index, so a page reads its 50 rows without sorting the table.
- Run \`pnpm bench --only=list --profile\` (or stats, export) to see where a server spends its time; \`--quick\` for smaller data and shorter load.

## What limits the goals not met

${report.limits.length ? report.limits.map((n) => `- ${n}`).join('\n') : '- Every goal measured in this run was met.'}
`;
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, text);
  return text;
}
