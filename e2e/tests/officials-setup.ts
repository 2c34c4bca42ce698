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

export interface Account {
  username: string;
  displayName: string;
  password: string;
  /** A monitor's organisation, shown beside their assessments. */
  organisation?: string;
}

/**
 * Creates an account of `role` with the same command as every account (apps/api/src/cli/user-create.ts),
 * on the server's own database (SQLite in WAL mode allows it); the username is `e2e-<role>-<8 hex>`
 * unless given, the password 24 random characters. Throws when the command fails.
 */
export function createAccount(
  role: 'official' | 'admin' | 'monitor',
  fields: { displayName: string; organisation?: string; username?: string },
): Account {
  const account: Account = {
    username: fields.username ?? `e2e-${role}-${randomBytes(4).toString('hex')}`,
    displayName: fields.displayName,
    password: randomBytes(18).toString('base64url'),
    ...(fields.organisation ? { organisation: fields.organisation } : {}),
  };
  const repo = path.resolve(import.meta.dirname, '../..');
  execFileSync(
    path.join(repo, 'apps/api/node_modules/.bin/tsx'),
    [
      'apps/api/src/cli/user-create.ts',
      ...['--username', account.username, '--role', role, '--display-name', account.displayName],
      ...(account.organisation ? ['--organisation', account.organisation] : []),
    ],
    {
      cwd: repo,
      env: {
        ...process.env,
        DATA_DIR: process.env.CIVIC_E2E_DATA_DIR,
        CIVIC_PASSWORD: account.password,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return account;
}

/** The global setup: the official every spec logs in as, its password handed to the workers through the environment. */
export default function createOfficial(): void {
  const { password } = createAccount('official', { username: official.username, displayName: official.displayName });
  process.env.CIVIC_E2E_OFFICIAL_PASSWORD = password;
}
