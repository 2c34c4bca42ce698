import { type Kysely, SqliteAdapter, sql } from 'kysely';

const changes = ['insert', 'update', 'delete'];
// The history is append-only: only its inserts can move a figure.
const watched: Record<string, string[]> = {
  initiatives: changes,
  milestones: changes,
  initiative_relations: changes,
  owners: changes,
  status_changes: ['insert'],
};

/**
 * One counter that every change to what lists and figures show moves, kept by the database itself
 * so that every instance reads the same value: a cached answer is reused only while it has not moved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into data_generation (id, value) values (1, 1)`.execute(db);
  await db.schema.createIndex('initiatives_last_verified_idx').on('initiatives').column('last_verified_at').execute();

  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const [table, events] of Object.entries(watched)) {
      for (const event of events) {
        await sql`${sql.raw(`create trigger ${table}_${event}_generation after ${event} on ${table}`)}
          begin update data_generation set value = value + 1 where id = 1; end`.execute(db);
      }
    }
    return;
  }
  await sql`create function bump_data_generation() returns trigger language plpgsql as $$
    begin update data_generation set value = value + 1 where id = 1; return null; end $$`.execute(db);
  for (const [table, events] of Object.entries(watched)) {
    // Deferred to commit: the counter's row lock is the last lock a write takes, so it cannot close a deadlock.
    await sql`${sql.raw(`create constraint trigger ${table}_generation after ${events.join(' or ')} on ${table}
      deferrable initially deferred for each row execute function bump_data_generation()`)}`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
