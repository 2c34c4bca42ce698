import type { Kysely } from 'kysely';

/**
 * Milestones get a version of their own: two officials editing one milestone used to overwrite each
 * other's due date without a word; now a write names the version it saw and a stale one is refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('milestones')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
