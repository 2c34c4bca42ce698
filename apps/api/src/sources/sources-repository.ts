import type { SourceDocument, SourcePassage } from '@civic/shared';
import type { Kysely } from 'kysely';
import { localized, localizedColumns } from '../db/localized-text.ts';
import type { Database } from '../db/schema.ts';

export function createSourcesRepository(db: Kysely<Database>) {
  return {
    async findById(id: string): Promise<SourceDocument | undefined> {
      const row = await db.selectFrom('source_documents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        title: localized(row.title_ru, row.title_en, row.title_kk),
        publisher: localized(row.publisher_ru, row.publisher_en, row.publisher_kk),
        language: row.language,
        publishedAt: row.published_at,
        url: row.url,
        sha256: row.sha256,
        text: row.text,
      };
    },

    /** Stores a document unless one with its id is there; a stored text is never replaced. */
    async addDocument(document: SourceDocument): Promise<void> {
      await db
        .insertInto('source_documents')
        .values({
          id: document.id,
          ...localizedColumns('title', document.title),
          ...localizedColumns('publisher', document.publisher),
          language: document.language,
          published_at: document.publishedAt,
          url: document.url,
          sha256: document.sha256,
          text: document.text,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    async passages(documentId: string): Promise<SourcePassage[]> {
      const rows = await db
        .selectFrom('initiatives')
        .select(['id', 'title_ru', 'title_en', 'title_kk', 'source_start', 'source_end'])
        .where('source_document_id', '=', documentId)
        .orderBy('source_start')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        initiativeId: row.id,
        title: localized(row.title_ru, row.title_en, row.title_kk),
        start: Number(row.source_start),
        end: Number(row.source_end),
      }));
    },
  };
}

export type SourcesRepository = ReturnType<typeof createSourcesRepository>;
