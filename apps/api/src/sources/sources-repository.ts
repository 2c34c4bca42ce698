import type { InitiativeCitation, SourceDocument, SourcePassage, SourceSummary } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { localized, localizedColumns } from '../db/localized-text.ts';
import type { Database } from '../db/schema.ts';

/** Who imported a document and when; absent for the seeded article. */
export interface Importer {
  importedBy: string;
  importedAt: string;
}

/** A document's title and publisher in each language and its own day, as columns of `source_documents as d`. */
const headingColumns = [
  'd.title_ru',
  'd.title_en',
  'd.title_kk',
  'd.publisher_ru',
  'd.publisher_en',
  'd.publisher_kk',
  'd.published_at',
] as const;

type HeadingRow = Pick<
  Database['source_documents'],
  'title_ru' | 'title_en' | 'title_kk' | 'publisher_ru' | 'publisher_en' | 'publisher_kk' | 'published_at'
>;

/** The title, publisher and day of a document, from its heading columns. */
const heading = (row: HeadingRow) => ({
  title: localized(row.title_ru, row.title_en, row.title_kk),
  publisher: localized(row.publisher_ru, row.publisher_en, row.publisher_kk),
  publishedAt: row.published_at,
});

export function createSourcesRepository(db: Kysely<Database>) {
  return {
    async findById(id: string): Promise<SourceDocument | undefined> {
      const row = await db.selectFrom('source_documents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        ...heading(row),
        language: row.language,
        url: row.url,
        sha256: row.sha256,
        text: row.text,
      };
    },

    /** Whether a document has this id: one lookup by primary key, without reading its text (its page answers 404 without one). */
    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('source_documents').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    /** The id of the document holding exactly this text (by its SHA-256), if one is stored. */
    async idByHash(sha256: string): Promise<string | undefined> {
      const row = await db.selectFrom('source_documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
      return row?.id;
    },

    /**
     * Every document, the seeded article first and then in the order they were imported, with how
     * many initiatives originate in it and how many status changes cite it as evidence.
     */
    async list(): Promise<SourceSummary[]> {
      const rows = await db
        .selectFrom('source_documents as d')
        .select((eb) => [
          'd.id',
          ...headingColumns,
          'd.language',
          'd.imported_at',
          eb
            .selectFrom('initiatives as i')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('i.source_document_id', '=', 'd.id')
            .as('initiative_count'),
          eb
            .selectFrom('status_changes as c')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('c.evidence_document_id', '=', 'd.id')
            .as('update_count'),
        ])
        .orderBy((eb) => eb.case().when('d.imported_at', 'is', null).then(0).else(1).end())
        .orderBy('d.imported_at')
        .orderBy('d.id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        ...heading(row),
        language: row.language,
        initiativeCount: Number(row.initiative_count ?? 0),
        updateCount: Number(row.update_count ?? 0),
      }));
    },

    /** Stores a document unless one with its id is there; a stored text is never replaced. */
    async addDocument(document: SourceDocument, importer?: Importer): Promise<void> {
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
          imported_by: importer?.importedBy ?? null,
          imported_at: importer?.importedAt ?? null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    /**
     * Every source that cites the initiative, oldest first: its originating passage, then each status
     * change's evidence in the order the changes were recorded; undefined for an unknown initiative.
     * One query: the initiative's own row (left-joined to its document, so it stands even without a
     * source) tells that it exists, and the evidence rows follow it.
     */
    async citations(initiativeId: string): Promise<InitiativeCitation[] | undefined> {
      const documentColumns = ['d.id as document_id', ...headingColumns] as const;
      const rows = await db
        .selectFrom('initiatives as i')
        .leftJoin('source_documents as d', 'd.id', 'i.source_document_id')
        .select([
          ...documentColumns,
          'i.source_quote as quote',
          'i.source_start as start',
          'i.source_end as end',
          sql<string | null>`null`.as('at'),
          sql<string | null>`null`.as('change_id'),
          sql<number>`0`.as('part'),
        ])
        .where('i.id', '=', initiativeId)
        .unionAll(
          db
            .selectFrom('status_changes as c')
            .innerJoin('source_documents as d', 'd.id', 'c.evidence_document_id')
            .select([
              ...documentColumns,
              // Optional in the row type (a change may cite no passage); the inner join keeps only those that do.
              (eb) => eb.ref('c.evidence_quote').$castTo<string | null>().as('quote'),
              (eb) => eb.ref('c.evidence_start').$castTo<number | null>().as('start'),
              (eb) => eb.ref('c.evidence_end').$castTo<number | null>().as('end'),
              'c.at',
              'c.id as change_id',
              sql<number>`1`.as('part'),
            ])
            .where('c.initiative_id', '=', initiativeId),
        )
        .orderBy('part')
        .orderBy('at')
        .orderBy('change_id')
        .execute();
      if (rows.length === 0) return undefined;
      return rows
        .filter((row): row is typeof row & HeadingRow & { document_id: string } => row.document_id !== null)
        .map((row) => ({
          documentId: row.document_id,
          ...heading(row),
          citation: Number(row.part) === 0 ? 'origin' : 'evidence',
          quote: String(row.quote ?? ''),
          start: Number(row.start),
          end: Number(row.end),
          at: row.at ?? null,
        }));
    },

    /** Every passage of the document cited by an initiative (its origin) or by a status change (its evidence), in reading order. */
    async passages(documentId: string): Promise<SourcePassage[]> {
      const origins = await db
        .selectFrom('initiatives')
        .select(['id', 'title_ru', 'title_en', 'title_kk', 'source_start', 'source_end'])
        .where('source_document_id', '=', documentId)
        .execute();
      const evidence = await db
        .selectFrom('status_changes as c')
        .innerJoin('initiatives as i', 'i.id', 'c.initiative_id')
        .select(['i.id', 'i.title_ru', 'i.title_en', 'i.title_kk', 'c.evidence_start', 'c.evidence_end'])
        .where('c.evidence_document_id', '=', documentId)
        .execute();
      const passage =
        (citation: SourcePassage['citation']) => (row: (typeof origins)[number] | (typeof evidence)[number]) => ({
          initiativeId: row.id,
          title: localized(row.title_ru, row.title_en, row.title_kk),
          start: Number('source_start' in row ? row.source_start : row.evidence_start),
          end: Number('source_end' in row ? row.source_end : row.evidence_end),
          citation,
        });
      return [...origins.map(passage('origin')), ...evidence.map(passage('evidence'))].sort(
        (a, b) => a.start - b.start || a.initiativeId.localeCompare(b.initiativeId),
      );
    },
  };
}

export type SourcesRepository = ReturnType<typeof createSourcesRepository>;
