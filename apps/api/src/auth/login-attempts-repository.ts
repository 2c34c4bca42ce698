import type { Kysely } from 'kysely';
import { newId } from '../db/ids.ts';
import type { Database } from '../db/schema.ts';

export function createLoginAttemptsRepository(db: Kysely<Database>) {
  return {
    /** How many failures each key has since `since`, and the oldest of them. */
    async failuresSince(keys: string[], since: string): Promise<Map<string, { count: number; oldest: string }>> {
      const rows = await db
        .selectFrom('login_attempts')
        .select((eb) => ['key', eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
        .where('key', 'in', keys)
        .where('at', '>', since)
        .groupBy('key')
        .execute();
      return new Map(rows.map((r) => [r.key, { count: Number(r.count), oldest: String(r.oldest) }]));
    },

    async record(keys: string[], at: string): Promise<void> {
      await db
        .insertInto('login_attempts')
        .values(keys.map((key) => ({ id: newId(), key, at })))
        .execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
    },

    async prune(before: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('at', '<=', before).execute();
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;
