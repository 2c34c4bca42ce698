import { defineConfig } from 'vitest/config';
import { postgresProjectFiles, toolTestsLeftOut } from './apps/api/test/test-projects.ts';

export default defineConfig(async () => {
  const postgres = await postgresProjectFiles();
  const tools = toolTestsLeftOut();
  for (const note of [tools.note, postgres.note]) if (note) console.log(`\n${note}\n`);
  // The global setup holds the run to what was decided here: real-server files never run on PGlite.
  process.env.CIVIC_POSTGRES_SERVER_EXPECTED = postgres.serverAnswered ? '1' : '';
  return {
    test: {
      projects: [
        'apps/web/vitest.config.ts',
        {
          test: { name: 'shared', root: 'packages/shared', include: ['src/**/*.test.ts'] },
        },
        {
          test: {
            name: 'api',
            root: 'apps/api',
            include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
            exclude: ['**/node_modules/**', ...tools.exclude],
            testTimeout: 90_000,
            hookTimeout: 120_000,
            env: { TEST_STORE: 'sqlite' },
          },
        },
        {
          test: {
            name: 'api-postgres',
            root: 'apps/api',
            // Only files whose outcome depends on the store (apps/api/test/test-projects.ts).
            include: postgres.include,
            testTimeout: 90_000,
            hookTimeout: 120_000,
            env: { TEST_STORE: 'postgres' },
            globalSetup: ['test/postgres-global-setup.ts'],
          },
        },
      ],
    },
  };
});
