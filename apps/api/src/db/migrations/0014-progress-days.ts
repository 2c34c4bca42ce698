import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { progressDayCountSql, rebuildProgressDays } from '../calendar-store.ts';
import { isSqlite } from '../dialect.ts';

/**
 * Mean progress over time, from per-day sums a trigger keeps as the history grows (as status_days does
 * for the statuses), so the figures never scan the whole history. Per local day: how many entries moved
 * progress and their net move, and the progress the initiatives created that day started with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('progress_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('moves', 'integer', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('starts', 'integer', (c) => c.notNull())
    .addColumn('started', 'integer', (c) => c.notNull())
    .execute();
  const sqlite = isSqlite(db);
  const count = progressDayCountSql(sqlite);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger status_changes_progress_days after insert on status_changes
      begin ${count} end`.execute(db);
  } else {
    await sql`create function status_changes_progress_days() returns trigger language plpgsql as $$
      begin ${count} return null; end $$`.execute(db);
    // Deferred to commit, as the status counts' trigger (0003): the row lock of the day comes last.
    await sql`create constraint trigger status_changes_progress_days after insert on status_changes
      deferrable initially deferred for each row execute function status_changes_progress_days()`.execute(db);
  }
  await rebuildProgressDays(db, sqlite);
  await sql`update data_generation set value = value + 1 where id = 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
