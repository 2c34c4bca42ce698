import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

const roleLabels: Record<string, string> = { official: 'Official', admin: 'Administrator' };

/**
 * Login names out of public view. Users used to get their username as display name when none was
 * given, and the history's actor is the display name, so the public saw what to type in the login
 * form. Such users get a neutral name ("Official 3f9a1c", from the end of their id), and every history
 * row naming a login name is renamed to that user's display name: the change itself is untouched.
 */
export async function up(db: Kysely<Database>): Promise<void> {
  const users = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role']).execute();
  for (const user of users) {
    let shown = user.display_name.trim();
    if (!shown || shown.toLowerCase() === user.username.toLowerCase()) {
      shown = `${roleLabels[user.role] ?? 'Official'} ${user.id.slice(-6)}`;
      await db.updateTable('users').set({ display_name: shown }).where('id', '=', user.id).execute();
    }
    await db.updateTable('status_changes').set({ actor: shown }).where('actor', '=', user.username).execute();
  }
  // History rows are not watched by the generation trigger (they are only ever inserted), so move it here.
  await sql`update data_generation set value = value + 1 where id = 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
