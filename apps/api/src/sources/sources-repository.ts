import type { SourceDocument, SourcePassage } from '@civic/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { localized } from '../initiatives/initiative-mapper.ts';

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
