#!/usr/bin/env node
// Runs every test runner in turn (Vitest for shared, api and web; Playwright for e2e),
// then prints one line summing them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.reports');
fs.mkdirSync(reports, { recursive: true });

const runners = [
  {
    name: 'vitest',
    command: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(reports, 'vitest.json')}`,
    ],
    count: (report) => ({
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + suitesFailedWithoutTests(report),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    }),
    report: 'vitest.json',
  },
  {
    name: 'playwright',
    before: ['node', path.join(root, 'scripts/ensure-chromium.mjs')],
    command: ['pnpm', '--filter', '@civic/e2e', 'exec', 'playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json') },
    count: (report) => ({
      passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
      failed: report.stats?.unexpected ?? 0,
      skipped: report.stats?.skipped ?? 0,
    }),
    report: 'playwright.json',
  },
];

// A suite that failed to load (or in a hook) has no failed test to count it by: count the suite itself.
function suitesFailedWithoutTests(report) {
  return (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const runner of runners) {
  if (only.length > 0 && !only.includes(runner.name)) continue;
  const reportFile = path.join(reports, runner.report);
  fs.rmSync(reportFile, { force: true });
  console.log(`\n=== ${runner.name} ===`);
  if (runner.before && spawnSync(runner.before[0], runner.before.slice(1), { stdio: 'inherit' }).status !== 0) {
    console.log(`${runner.name}: could not prepare; counted as one failure`);
    failed += 1;
    continue;
  }
  const result = spawnSync(runner.command[0], runner.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    // The pinned pnpm from the root devDependencies, whether or not one is installed globally.
    env: {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
      ...runner.env,
    },
  });
  if (!fs.existsSync(reportFile)) {
    console.log(`${runner.name}: no report written (exit ${result.status}); counted as one failure`);
    failed += 1;
    continue;
  }
  const counts = runner.count(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${runner.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
