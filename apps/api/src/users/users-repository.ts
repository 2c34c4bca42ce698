import type { Role, User } from '@civic/shared';
import type { Kysely } from 'kysely';
import { newId } from '../db/ids.ts';
import type { Database, UserRow } from '../db/schema.ts';

/** The public face of a user: never the password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    organisation: row.organisation,
    disabled: Number(row.disabled) === 1,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  organisation?: string | null;
  passwordHash: string;
  disabled?: boolean;
}

export function createUsersRepository(db: Kysely<Database>) {
  return {
    async insert(user: NewUser, at: string): Promise<User> {
      const row: UserRow = {
        id: newId(),
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        password_hash: user.passwordHash,
        disabled: user.disabled ? 1 : 0,
        organisation: user.organisation ?? null,
        created_at: at,
      };
      // Only monitors fill organisation: other accounts leave it out, as they did before it existed.
      const { organisation, ...common } = row;
      await db
        .insertInto('users')
        .values(organisation === null ? common : row)
        .execute();
      return toUser(row);
    },

    /** The full row, hash included: for checking a password, never for an answer. */
    findRowByUsername(username: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    },

    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
      return rows.map(toUser);
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Disables the user and ends every session of theirs in one transaction. */
    async disable(id: string): Promise<User | undefined> {
      return db.transaction().execute(async (trx) => {
        const result = await trx.updateTable('users').set({ disabled: 1 }).where('id', '=', id).executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        return toUser(row);
      });
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
