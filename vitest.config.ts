import { defineConfig } from 'vitest/config';

export default defineConfig({
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
          testTimeout: 90_000,
          hookTimeout: 120_000,
          env: { TEST_STORE: 'sqlite' },
        },
      },
      {
        test: {
          name: 'api-postgres',
          root: 'apps/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // Kills a server process on its embedded SQLite file; there is nothing of PostgreSQL in it.
          exclude: ['**/node_modules/**', 'test/reliability-sqlite-crash.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          env: { TEST_STORE: 'postgres' },
          globalSetup: ['test/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
