import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * History entries say what changed: a kind and the fields that moved ([{ field, from, to }] as JSON
 * text). Older rows only knew status, progress and stage, so their kind and changes come from those:
 * no previous status is the creation; a status move a status change; a progress or stage move with
 * the status standing a field change; nothing moved a verification (a target date change was
 * recorded nowhere, so it cannot be told apart). Only the two new columns are written.
 */
export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .alterTable('status_changes')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('status_change'))
    .execute();
  await db.schema
    .alterTable('status_changes')
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  const rows = await db
    .selectFrom('status_changes')
    .select(['id', 'from_status', 'to_status', 'from_progress', 'to_progress', 'from_stage', 'to_stage'])
    .execute();
  for (const row of rows) {
    const moved = [
      { field: 'status', from: row.from_status, to: row.to_status },
      {
        field: 'progress',
        from: row.from_progress === null ? null : Number(row.from_progress),
        to: Number(row.to_progress),
      },
      { field: 'legislativeStage', from: row.from_stage, to: row.to_stage },
    ].filter((change) => change.from !== change.to);
    const kind =
      row.from_status === null
        ? 'created'
        : row.from_status !== row.to_status
          ? 'status_change'
          : moved.length > 0
            ? 'field_change'
            : 'verified';
    const changes = JSON.stringify(row.from_status === null ? [] : moved);
    await db.updateTable('status_changes').set({ kind, changes }).where('id', '=', row.id).execute();
  }
  // History rows are not watched by the generation trigger (they are only ever inserted), so move it here.
  await sql`update data_generation set value = value + 1 where id = 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
