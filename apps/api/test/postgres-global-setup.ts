import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { adminQuery, type PostgresTarget } from './postgres-test-store.ts';
import { adminUrl as configuredAdminUrl, postgresRequired, serverAnswers } from './test-projects.ts';

/**
 * Decides once per run which PostgreSQL the suite uses, and says so: it is never chosen silently.
 * Throws, failing the run, when a server was expected and does not answer: on CI (CI=true or
 * REQUIRE_POSTGRES=1), or when vitest.config.ts found one and collected the real-server files.
 */
export default async function setup(project: TestProject) {
  const adminUrl = configuredAdminUrl();
  const runId = randomBytes(4).toString('hex');
  const answered = await serverAnswers(adminUrl);
  const expected = postgresRequired() || process.env.CIVIC_POSTGRES_SERVER_EXPECTED === '1';
  if (!answered && expected) {
    const why = postgresRequired() ? 'CI=true or REQUIRE_POSTGRES=1 is set' : 'it answered when the files were chosen';
    throw new Error(
      `PostgreSQL server expected at ${new URL(adminUrl).host} (${why}) and it did not answer: the PostgreSQL tests will not run on PGlite instead.`,
    );
  }
  const target: PostgresTarget = answered ? { kind: 'server', adminUrl, runId } : { kind: 'pglite' };
  project.provide('postgresTarget', target);
  const where = target.kind === 'server' ? `server ${new URL(adminUrl).host}` : 'PGlite (no server reachable)';
  console.log(`\nPostgreSQL tests ran on: ${where}\n`);

  return async () => {
    if (target.kind !== 'server') return;
    // Drop what a failed test of this run left behind; other runs' databases are not touched.
    const client = await import('pg').then(({ default: pg }) => new pg.Client({ connectionString: adminUrl }));
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`civic_test_${runId}_%`],
      );
      for (const { datname } of rows) await adminQuery(adminUrl, `drop database if exists ${datname} with (force)`);
    } finally {
      await client.end();
    }
    console.log(`\nPostgreSQL tests ran on: ${where}\n`);
  };
}
