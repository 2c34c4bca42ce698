import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.ts';

export function createSessionsRepository(db: Kysely<Database>) {
  return {
    async insert(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void> {
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash, user_id: userId, created_at: createdAt, expires_at: expiresAt })
        .execute();
    },

    /** The session's user and expiry; the caller judges whether it still counts. */
    async findWithUser(tokenHash: string): Promise<{ expiresAt: string; user: UserRow } | undefined> {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .selectAll('u')
        .select('s.expires_at')
        .where('s.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const { expires_at, ...user } = row;
      return { expiresAt: expires_at, user };
    },

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    async deleteExpired(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
