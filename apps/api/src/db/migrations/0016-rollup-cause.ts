import type { Kysely } from 'kysely';

/** On each rollup history entry, the child initiative whose change moved the parent's progress. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('status_changes').addColumn('cause_id', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
