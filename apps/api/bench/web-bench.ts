import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { openSqlite } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seed } from '../src/seed/seed.ts';
import { startChildServer } from './child-server.ts';
import { type BenchContext, type Figure, kb, notMeasured } from './figure.ts';
import { benchDir, removeDatabase } from './synthetic-data.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const webDist = path.join(repoRoot, 'apps/web/dist');
const lighthouseBin = path.resolve(import.meta.dirname, '../node_modules/.bin/lighthouse');
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

function build(ctx: BenchContext): void {
  ctx.log('web: production build');
  const result = spawnSync('npx', ['pnpm@10.34.9', '--filter', '@civic/web', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
  });
  if (result.status !== 0)
    ctx.notes.push(
      `The web build failed (exit ${result.status}); the figures below use the build already in apps/web/dist, if any.`,
    );
}

const gzipped = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Initial JavaScript: the entry script and every module index.html preloads. */
function bundleSizes(dist: string) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => path.join(dist, m[1] ?? ''));
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const charts = assets
    .map((f) => path.join(dist, 'assets', f))
    .filter((f) => !initial.includes(f))
    .filter((f) => /chart/i.test(path.basename(f)) || fs.readFileSync(f, 'utf8').includes('recharts-wrapper'));
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipped(f), 0);
  return { initial, charts, initialBytes: sum(initial), chartBytes: sum(charts) };
}

interface LighthouseResult {
  categories: Record<string, { score: number }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
  environment?: { benchmarkIndex?: number };
}

type FormFactor = 'desktop' | 'mobile';

function runLighthouse(url: string, report: string, formFactor: FormFactor): LighthouseResult {
  // Without a preset Lighthouse audits as a mid-range phone: 4× CPU slowdown and a slow 4G network, simulated.
  const preset = formFactor === 'desktop' ? ['--preset=desktop'] : [];
  const args = [url, ...preset, '--only-categories=performance,accessibility', '--output=json'];
  args.push(`--output-path=${report}`, '--quiet', `--chrome-flags=${chromeFlags}`);
  const result = spawnSync(lighthouseBin, args, {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    timeout: 180_000,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(
      `lighthouse exited with ${result.status ?? result.signal}: ${String(result.stderr).trim().slice(-300)}`,
    );
  }
  return JSON.parse(fs.readFileSync(report, 'utf8')) as LighthouseResult;
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** A page audited by Lighthouse, with the goal the issue sets for it. */
interface Audit {
  name: string;
  path: string;
  formFactor: FormFactor;
  minPerformance: number;
}

const audits: Audit[] = [
  { name: 'overview', path: '/', formFactor: 'desktop', minPerformance: 95 },
  { name: 'initiatives list', path: '/initiatives', formFactor: 'desktop', minPerformance: 95 },
  { name: 'initiatives list', path: '/initiatives', formFactor: 'mobile', minPerformance: 90 },
];

interface Scores {
  performance: number;
  accessibility: number;
  metrics: string;
  failed: string[];
}

async function lighthouse(ctx: BenchContext, dist: string): Promise<Map<Audit, Scores | Error>> {
  const database = path.join(benchDir, `web-${process.pid}.db`);
  const store = openSqlite(database);
  await migrateToLatest(store.db);
  await seed(store.db, new Date());
  await store.close();
  const server = await startChildServer({ mode: 'api', database, webDist: dist, lifetimeMs: 900_000 });
  const report = path.join(benchDir, `lighthouse-${process.pid}.json`);
  const results = new Map<Audit, Scores | Error>();
  const lighthouseRuns = ctx.quick ? 1 : 3;
  try {
    for (const audit of audits) {
      ctx.log(`web: Lighthouse 12.2.3, ${audit.formFactor}, ${audit.name}`);
      try {
        // Lighthouse's own advice on variability (docs/variability.md): run it several times and report the
        // median run (its computeMedianRun: the run nearest the median first paint and time to interactive).
        // A run that loses its trace (NO_NAVSTART, "run Lighthouse again") is tried once more.
        const runs: LighthouseResult[] = [];
        for (let i = 0; i < lighthouseRuns; i++) {
          try {
            runs.push(runLighthouse(`${server.url}${audit.path}`, report, audit.formFactor));
          } catch {
            runs.push(runLighthouse(`${server.url}${audit.path}`, report, audit.formFactor));
          }
        }
        const valid = filterToValidRuns(runs as never) as unknown as LighthouseResult[];
        if (!valid.length) throw new Error('no Lighthouse run measured first paint and time to interactive');
        const lh = computeMedianRun(valid as never) as unknown as LighthouseResult;
        const scoresOfRuns = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
        const metrics = metricIds.map((id) => `${lh.audits[id]?.title ?? id} ${lh.audits[id]?.displayValue ?? '?'}`);
        const failed = Object.values(lh.audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0);
        ctx.notes.push(
          `Lighthouse on the seeded ${audit.name} (simulated ${audit.formFactor} throttling, benchmarkIndex ${lh.environment?.benchmarkIndex ?? '?'}), the median of ${runs.length} runs (performance ${scoresOfRuns.join(', ')}): ${metrics.join(', ')}.${failed.length ? ` Failed audits: ${failed.map((a) => a.id).join(', ')}.` : ''}`,
        );
        results.set(audit, {
          performance: Math.round((lh.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lh.categories.accessibility?.score ?? 0) * 100),
          metrics: metrics.join(', '),
          failed: failed.map((a) => a.id),
        });
      } catch (err) {
        results.set(audit, err as Error);
      }
    }
    return results;
  } finally {
    await server.stop();
    fs.rmSync(report, { force: true });
    removeDatabase(database);
  }
}

/** A private copy of the build, so a rebuild running meanwhile cannot change what is measured. */
function snapshot(): string {
  const copy = path.join(benchDir, `web-dist-${process.pid}`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(webDist, copy, { recursive: true });
  return copy;
}

/** Figure 6: gzip sizes from the production build, and Lighthouse on the overview and the list (desktop), and the list (mobile). */
export async function webBench(ctx: BenchContext): Promise<Figure[]> {
  if (!ctx.quick || !fs.existsSync(path.join(webDist, 'index.html'))) build(ctx);
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    return [
      notMeasured('Initial JavaScript, gzip', '≤ 120 KB', 'no web build in apps/web/dist'),
      notMeasured('Chart chunk(s), gzip', '≤ 130 KB', 'no web build in apps/web/dist'),
      ...audits.map((audit) =>
        notMeasured(
          `Lighthouse 12.2.3 (${audit.formFactor}), ${audit.name}: performance / accessibility`,
          `≥ ${audit.minPerformance} / 100`,
          'no web build',
        ),
      ),
    ];
  }
  const dist = snapshot();
  try {
    return await measureBuild(ctx, dist);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

async function measureBuild(ctx: BenchContext, dist: string): Promise<Figure[]> {
  const sizes = bundleSizes(dist);
  const names = (files: string[]) => files.map((f) => path.basename(f)).join(', ') || 'none found';
  ctx.notes.push(`Web bundles (gzip -9): initial = ${names(sizes.initial)}; chart chunk(s) = ${names(sizes.charts)}.`);
  const figures: Figure[] = [
    {
      figure: 'Initial JavaScript, gzip',
      value: kb(sizes.initialBytes),
      baseline: '—',
      ratio: '—',
      goal: '≤ 120 KB',
      met: sizes.initialBytes <= 120 * 1024,
    },
    {
      figure: 'Chart chunk(s), gzip',
      value: sizes.charts.length ? kb(sizes.chartBytes) : 'no chart chunk found',
      baseline: '—',
      ratio: '—',
      goal: '≤ 130 KB',
      met: sizes.charts.length ? sizes.chartBytes <= 130 * 1024 : null,
    },
  ];
  for (const [audit, scores] of await lighthouse(ctx, dist)) {
    const figure = `Lighthouse 12.2.3 (${audit.formFactor}), ${audit.name}: performance / accessibility`;
    const goal = `≥ ${audit.minPerformance} / 100`;
    if (scores instanceof Error) {
      figures.push(notMeasured(figure, goal, scores.message));
      continue;
    }
    const met = scores.performance >= audit.minPerformance && scores.accessibility === 100;
    figures.push({
      figure,
      value: `${scores.performance} / ${scores.accessibility}`,
      baseline: '—',
      ratio: '—',
      goal,
      met,
      ...(met
        ? {}
        : {
            limit: `Lighthouse measured ${scores.metrics}${scores.failed.length ? `; failed audits: ${scores.failed.join(', ')}` : ''}. The performance score weighs total blocking time and layout shift most; its simulated throttling multiplies the CPU time this machine takes, so a busy 2-core machine scores lower than an idle one.${audit.formFactor === 'mobile' ? ' What holds the mobile score is total blocking time: the page now paints its heading and lead from the HTML (see "What the profiles led to"), so every long task of the scripts falls after the first paint and counts. Its long tasks, read from the same audit on the quiet machine (simulated 4× slower CPU): compiling and evaluating the entry and its modules (about 0.3 s each for two unattributed tasks and 0.1–0.2 s for several of the entry\'s), and the first Intl formatter of the page (the zone check, about 0.3 s); the late style and layout of a page chunk\'s own CSS is gone since all CSS is one stylesheet. Meeting 90 needs far less script on the first load than React, its router, TanStack Query and i18next take together, or a page rendered on the server.' : ''}`,
          }),
    });
  }
  return figures;
}
