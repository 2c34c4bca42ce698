import { existsSync } from 'node:fs';
import pg from 'pg';

/**
 * Which API test files each vitest project collects (paths from apps/api), read by the root
 * vitest.config.ts. The SQLite project runs every file; the PostgreSQL project runs only the files
 * whose outcome depends on the store, and of those the real-server ones only when a server answers.
 * `test-projects.test.ts` fails when a test file is in no list, so a new file must be placed.
 */

/** Files whose outcome depends on the store's SQL, types, transactions or connections. */
export const storeTests = [
  'test/assessments-agreement.test.ts',
  'test/assessments-exports.test.ts',
  'test/assessments-write.test.ts',
  'test/auth-rate-limit.test.ts',
  'test/auth-sessions.test.ts',
  'test/authorization-matrix.test.ts',
  'test/days-local-time.test.ts',
  'test/errors.test.ts',
  'test/export-csv-hostile.test.ts',
  'test/export-history-csv.test.ts',
  'test/export-initiatives-csv.test.ts',
  'test/export-keyset-order.test.ts',
  'test/export-open-data.test.ts',
  'test/export-streaming.test.ts',
  'test/feeds-atom.test.ts',
  'test/history-kinds.test.ts',
  'test/history-paging.test.ts',
  'test/http-query-and-path.test.ts',
  'test/imports-confirm.test.ts',
  'test/imports-upload.test.ts',
  'test/initiatives-read.test.ts',
  'test/initiatives-rollup-status.test.ts',
  'test/initiatives-write-create.test.ts',
  'test/initiatives-write-details.test.ts',
  'test/initiatives-write-history.test.ts',
  'test/initiatives-write-patch.test.ts',
  'test/initiatives-write-validation.test.ts',
  'test/milestones-write.test.ts',
  'test/officials-admin.test.ts',
  'test/officials-first-start.test.ts',
  'test/overdue-stale-sql.test.ts',
  'test/public-names.test.ts',
  'test/region-codes.test.ts',
  'test/reliability-fuzz.test.ts',
  'test/reliability-hardening.test.ts',
  'test/reliability-load.test.ts',
  'test/reliability-secrets.test.ts',
  'test/response-cache.test.ts',
  'test/seed-checks.test.ts',
  'test/seed-quote-checks.test.ts',
  'test/seed.test.ts',
  'test/spreadsheet-export-xlsx.test.ts',
  'test/spreadsheet-import-errors.test.ts',
  'test/spreadsheet-import.test.ts',
  'test/stats-history-counts.test.ts',
  'test/stats-progress-over-time.test.ts',
  'test/stats-sources.test.ts',
  'test/web-pages-status.test.ts',
  'test/write-refusal-order.test.ts',
];

/**
 * Store files that mean something only on a real PostgreSQL server, with the reason. PGlite, the
 * in-process stand-in, has one connection (nothing races or waits for a pool), C collation, and no
 * network address for pg_dump or a child process, so on it these could not fail.
 */
export const realServerTests: Record<string, string> = {
  'test/postgres-parity.test.ts': 'collation parity needs a ru-KZ ICU database',
  'test/initiatives-write-concurrency.test.ts': 'concurrent writers need more than one connection',
  'test/write-races.test.ts': 'three server processes race on one database, which PGlite cannot share',
  'test/scale-two-instances.test.ts': 'two instances need two connection pools',
  'test/store-busy.test.ts': 'a full pool needs a pool',
  'test/export-stalled-clients.test.ts': 'idle sessions are read from pg_stat_activity',
  'test/backup-restore.test.ts': 'pg_dump and pg_restore need a server',
  'test/ops-commands.test.ts': 'the commands run as child processes on the database',
  'test/shutdown-graceful.test.ts': 'the API runs as a child process on the database',
  'test/built-server.test.ts': 'the compiled API runs as a child process on the database',
};

/** Files whose outcome does not depend on the store (or that use SQLite whatever the project): SQLite project only. */
export const storeIndependentTests = [
  'src/auth/password-checks.test.ts',
  'src/export/csv-rows.test.ts',
  'src/export/text-in-turns.test.ts',
  'src/http/request-log.test.ts',
  'src/http/static-headers.test.ts',
  'src/http/web-app.test.ts',
  'src/http/web-page-status.test.ts',
  'src/initiatives/initiative-query.test.ts',
  'src/users/password.test.ts',
  'test/auth-cli.test.ts',
  'test/auth-password-checks.test.ts',
  'test/authorization-cross-origin.test.ts',
  'test/export-csv-libreoffice.test.ts',
  'test/export-csv-writer.test.ts',
  'test/spreadsheet-libreoffice.test.ts',
  'test/extraction-corpus.test.ts',
  'test/extraction-cues.test.ts',
  'test/extraction-gazetteer.test.ts',
  'test/extraction-match.test.ts',
  'test/extraction-properties.test.ts',
  'test/extraction-text.test.ts',
  'test/locate-quote.test.ts',
  'test/module-boundaries.test.ts',
  'test/openapi.test.ts',
  'test/public-base.test.ts',
  'test/reliability-sqlite-crash.test.ts',
  'test/route-table.test.ts',
  'test/sqlite-restart.test.ts',
  'test/test-projects.test.ts',
];

export const defaultAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server the PostgreSQL project creates its databases on: TEST_DATABASE_URL, else the local default. */
export const adminUrl = (env: NodeJS.ProcessEnv = process.env) => env.TEST_DATABASE_URL ?? defaultAdminUrl;

const on = (value: string | undefined) => value !== undefined && ['1', 'true', 'yes'].includes(value.toLowerCase());

/** Whether this is a CI run (CI=true): there, what a test needs is installed, and its absence is a failure. */
export const onCi = (env: NodeJS.ProcessEnv = process.env): boolean => on(env.CI);

/** Whether this run must have a real server (CI=true or REQUIRE_POSTGRES=1): then PGlite is no stand-in. */
export function postgresRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return onCi(env) || on(env.REQUIRE_POSTGRES);
}

/** LibreOffice's `soffice`: SOFFICE_PATH, else where Debian and a local install put it; undefined when absent. */
export const findSoffice = (env: NodeJS.ProcessEnv = process.env): string | undefined =>
  [env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/local/bin/soffice'].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );

/**
 * Files that need a program on the machine. Without it they are not collected and the run says so;
 * on CI they are collected anyway, and fail, because CI installs the program (.ci/run).
 */
export function toolTestsLeftOut(env: NodeJS.ProcessEnv = process.env): { exclude: string[]; note?: string } {
  if (onCi(env) || findSoffice(env)) return { exclude: [] };
  const file = 'test/export-csv-libreoffice.test.ts';
  return { exclude: [file], note: `api: LibreOffice (soffice) not found; left out: ${file} (set SOFFICE_PATH)` };
}

/** Asks the server for `select 1`, giving up after two seconds. */
export async function serverAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The PostgreSQL project's files for this run, and a line saying which were left out and why. */
export async function postgresProjectFiles(): Promise<{ include: string[]; serverAnswered: boolean; note?: string }> {
  const serverAnswered = await serverAnswers(adminUrl());
  if (serverAnswered) return { include: [...storeTests, ...Object.keys(realServerTests)], serverAnswered };
  const reasons = Object.entries(realServerTests).map(([file, why]) => `  ${file}: ${why}`);
  const note = [
    `api-postgres: no PostgreSQL server answered at ${new URL(adminUrl()).host}; these files are left out:`,
    ...reasons,
  ].join('\n');
  return { include: storeTests, serverAnswered, note };
}
