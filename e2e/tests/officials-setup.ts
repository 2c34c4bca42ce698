import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

// A fresh name per run, so a reused database (CIVIC_E2E_DATA_DIR given from outside) never clashes.
process.env.CIVIC_E2E_OFFICIAL ??= `e2e-official-${randomBytes(4).toString('hex')}`;
export const official = { username: process.env.CIVIC_E2E_OFFICIAL, displayName: 'Айгерим Сапарова' };

/** The password made up by the global setup for this run; never stored in the repository. */
export function officialPassword(): string {
  const password = process.env.CIVIC_E2E_OFFICIAL_PASSWORD;
  if (!password) throw new Error('The global setup did not create the official');
  return password;
}

/** Runs the user-create command against the server's own database (SQLite in WAL mode allows it). */
export default function createOfficial(): void {
  const password = randomBytes(18).toString('base64url');
  const repo = path.resolve(import.meta.dirname, '../..');
  execFileSync(
    path.join(repo, 'apps/api/node_modules/.bin/tsx'),
    [
      'apps/api/src/cli/user-create.ts',
      '--username',
      official.username,
      '--role',
      'official',
      '--display-name',
      official.displayName,
    ],
    {
      cwd: repo,
      env: { ...process.env, DATA_DIR: process.env.CIVIC_E2E_DATA_DIR, CIVIC_PASSWORD: password, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  process.env.CIVIC_E2E_OFFICIAL_PASSWORD = password;
}
