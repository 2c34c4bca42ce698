import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { adminQuery, defaultAdminUrl, type PostgresTarget, serverAnswers } from './postgres-test-store.ts';

/** Decides once per run which PostgreSQL the suite uses, and says so: it is never chosen silently. */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? defaultAdminUrl;
  const runId = randomBytes(4).toString('hex');
  const target: PostgresTarget = (await serverAnswers(adminUrl))
    ? { kind: 'server', adminUrl, runId }
    : { kind: 'pglite' };
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
