import type { Kysely } from 'kysely';

/**
 * Stored dry runs of spreadsheet imports (what the file would do, and the changes to apply by id),
 * and on each status change the name of the file it came from, when it came from one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('spreadsheet_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text')
    .execute();
  await db.schema.alterTable('status_changes').addColumn('source_file', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
