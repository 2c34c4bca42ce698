import type { Kysely } from 'kysely';

// Types stay to text and integer so one migration serves SQLite, PostgreSQL and its distributed kin.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text')
    .execute();

  await db.schema
    .createTable('source_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text')
    .addColumn('publisher_ru', 'text', (c) => c.notNull())
    .addColumn('publisher_en', 'text', (c) => c.notNull())
    .addColumn('publisher_kk', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('url', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('initiatives.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text')
    .addColumn('summary_ru', 'text', (c) => c.notNull())
    .addColumn('summary_en', 'text', (c) => c.notNull())
    .addColumn('summary_kk', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('progress_source', 'text', (c) => c.notNull())
    .addColumn('legislative_stage', 'text')
    .addColumn('target_date', 'text')
    .addColumn('last_verified_at', 'text')
    .addColumn('source_document_id', 'text', (c) => c.references('source_documents.id'))
    .addColumn('source_quote', 'text')
    .addColumn('source_start', 'integer')
    .addColumn('source_end', 'integer')
    .addColumn('sort_key', 'integer', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  for (const column of ['status', 'kind', 'owner_id', 'parent_id', 'sort_key', 'updated_at']) {
    await db.schema.createIndex(`initiatives_${column}_idx`).on('initiatives').column(column).execute();
  }

  await db.schema
    .createTable('initiative_relations')
    .addColumn('from_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_relations_pk', ['from_id', 'to_id', 'type'])
    .execute();

  await db.schema
    .createTable('status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('from_progress', 'integer')
    .addColumn('to_progress', 'integer', (c) => c.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_changes_initiative_idx')
    .on('status_changes')
    .columns(['initiative_id', 'at'])
    .execute();
  await db.schema.createIndex('status_changes_at_idx').on('status_changes').column('at').execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestones_initiative_idx').on('milestones').column('initiative_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
