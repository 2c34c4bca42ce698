import type { Kysely } from 'kysely';

/**
 * Sources as first-class: who imported a document and when (null for the seeded article, source
 * number one), one document per text (by its SHA-256), a status change's evidence passage in any
 * source, an initiative whose English title is left for later, and the import drafts officials
 * come back to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('source_documents').addColumn('imported_by', 'text').execute();
  await db.schema.alterTable('source_documents').addColumn('imported_at', 'text').execute();
  await db.schema.createIndex('source_documents_sha256_idx').on('source_documents').column('sha256').unique().execute();

  for (const [column, type] of [
    ['evidence_document_id', 'text'],
    ['evidence_start', 'integer'],
    ['evidence_end', 'integer'],
    ['evidence_quote', 'text'],
  ] as const) {
    await db.schema.alterTable('status_changes').addColumn(column, type).execute();
  }
  await db.schema
    .createIndex('status_changes_evidence_idx')
    .on('status_changes')
    .column('evidence_document_id')
    .execute();

  await db.schema
    .alterTable('initiatives')
    .addColumn('title_en_missing', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('import_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('url', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('extraction', 'text', (c) => c.notNull())
    .addColumn('created_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text', (c) => c.references('source_documents.id'))
    .addColumn('confirmed_at', 'text')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
