import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { createUsersRepository } from './users-repository.ts';

export const firstUserHint =
  'No user accounts yet, so nobody can log in to record changes. Create an admin with: ' +
  'npx --yes pnpm@10.34.9 --filter @civic/api user:create --username NAME --role admin --display-name "Full Name" ' +
  '(the password is read from CIVIC_PASSWORD or stdin; give it the same DATA_DIR or DATABASE_URL as the server).';

/** On a start with no accounts there is no default password: say how to create the first one. */
export async function warnWhenNoUsers(db: Kysely<Database>, logger: Pick<Logger, 'warn'>): Promise<boolean> {
  if ((await createUsersRepository(db).count()) > 0) return false;
  logger.warn(firstUserHint);
  return true;
}
