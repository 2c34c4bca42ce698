import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * Independent assessments by civil-society monitors: their own append-only table (a new assessment by
 * the same organisation supersedes the previous one, which stays), and the monitor's organisation on
 * the user. An insert moves the data generation, as the history's do, since lists carry the latest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('organisation', 'text').execute();
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('assessor', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('evidence_urls', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessments_initiative_idx')
    .on('assessments')
    .columns(['initiative_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('assessments_organisation_idx')
    .on('assessments')
    .columns(['organisation', 'initiative_id', 'created_at'])
    .execute();

  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger assessments_insert_generation after insert on assessments
      begin update data_generation set value = value + 1 where id = 1; end`.execute(db);
    return;
  }
  await sql`create constraint trigger assessments_generation after insert on assessments
    deferrable initially deferred for each row execute function bump_data_generation()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
