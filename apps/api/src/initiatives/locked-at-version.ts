import type { Transaction } from 'kysely';
import { lockedForWrite } from '../db/dialect.ts';
import type { Database, InitiativeRow } from '../db/schema.ts';

/**
 * The first read of every write that checks the version an initiative's editor saw (a status change,
 * an edit of the descriptive fields): the whole row, locked until the transaction ends (lockedForWrite),
 * or 'missing' when there is no initiative `id`, or 'stale' when it is no longer at `expectedVersion`.
 * Stale is told before any change is decided, so a change made from an old version is refused as such
 * (a 409), never judged (a 400) against a state its author did not see.
 */
export async function lockedAtVersion(
  trx: Transaction<Database>,
  id: string,
  expectedVersion: number,
): Promise<InitiativeRow | 'missing' | 'stale'> {
  const row = await lockedForWrite(
    trx.selectFrom('initiatives').selectAll().where('id', '=', id),
    trx,
  ).executeTakeFirst();
  if (!row) return 'missing';
  return Number(row.version) === expectedVersion ? row : 'stale';
}
