import type { ImportCandidate, ImportDraft, StoredImportDraft } from '@civic/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Database, ImportDraftsTable } from '../db/schema.ts';
import { createInitiativesWriteRepository } from '../initiatives/initiatives-write-repository.ts';
import { createSourcesRepository } from '../sources/sources-repository.ts';
import type { KnownInitiative } from './extraction/match.ts';

type Extraction = Pick<ImportDraft, 'candidates' | 'facts' | 'rulesAvailable' | 'notes'>;

/** The stored extraction; a draft stored before candidates carried a region reads as the country's, as its review proposed. */
function readExtraction(json: string): Extraction {
  const stored = JSON.parse(json) as Omit<Extraction, 'candidates'> & {
    candidates: Array<Omit<ImportCandidate, 'region'> & { region?: string }>;
  };
  return {
    ...stored,
    candidates: stored.candidates.map(({ region = 'KZ', ...candidate }) => ({ ...candidate, region })),
  };
}

const toDraft = (row: ImportDraftsTable): StoredImportDraft => ({
  id: row.id,
  state: row.state as ImportDraft['state'],
  title: row.title,
  publisher: row.publisher,
  language: row.language as ImportDraft['language'],
  publishedAt: row.published_at,
  url: row.url,
  origin: row.origin,
  text: row.text,
  sha256: row.sha256,
  ...readExtraction(row.extraction),
  createdBy: row.created_by,
  createdAt: row.created_at,
  sourceId: row.source_document_id,
});

/** The writes of one confirm, all on its transaction. */
function confirmWrites(trx: Transaction<Database>) {
  return {
    sources: createSourcesRepository(trx),
    initiatives: createInitiativesWriteRepository(trx),

    /** Marks the draft confirmed unless another confirm got there first (false then): the first write, so it is the lock. */
    async markConfirmed(id: string, at: string): Promise<boolean> {
      const result = await trx
        .updateTable('import_drafts')
        .set({ state: 'confirmed', confirmed_at: at })
        .where('id', '=', id)
        .where('state', '=', 'draft')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async linkSource(id: string, sourceId: string): Promise<void> {
      await trx.updateTable('import_drafts').set({ source_document_id: sourceId }).where('id', '=', id).execute();
    },

    async markEnglishTitleMissing(initiativeId: string): Promise<void> {
      await trx.updateTable('initiatives').set({ title_en_missing: 1 }).where('id', '=', initiativeId).execute();
    },
  };
}

export type ConfirmWrites = ReturnType<typeof confirmWrites>;

export function createImportsRepository(db: Kysely<Database>) {
  return {
    async findById(id: string): Promise<StoredImportDraft | undefined> {
      const row = await db.selectFrom('import_drafts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDraft(row);
    },

    async findByHash(sha256: string): Promise<StoredImportDraft | undefined> {
      const row = await db.selectFrom('import_drafts').selectAll().where('sha256', '=', sha256).executeTakeFirst();
      return row && toDraft(row);
    },

    /** Stores a new draft; false when a draft of the same text (by SHA-256) is already there. */
    async insert(draft: StoredImportDraft, createdById: string): Promise<boolean> {
      const { candidates, facts, rulesAvailable, notes } = draft;
      const result = await db
        .insertInto('import_drafts')
        .values({
          id: draft.id,
          state: draft.state,
          title: draft.title,
          publisher: draft.publisher,
          language: draft.language,
          published_at: draft.publishedAt,
          url: draft.url,
          origin: draft.origin,
          text: draft.text,
          sha256: draft.sha256,
          extraction: JSON.stringify({ candidates, facts, rulesAvailable, notes }),
          created_by_id: createdById,
          created_by: draft.createdBy,
          created_at: draft.createdAt,
          source_document_id: null,
          confirmed_at: null,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** What the matcher compares a candidate with: every initiative's titles and originating quote. */
    async knownInitiatives(): Promise<KnownInitiative[]> {
      const rows = await db.selectFrom('initiatives').select(['id', 'title_ru', 'title_en', 'source_quote']).execute();
      return rows.map((r) => ({ id: r.id, title: { ru: r.title_ru, en: r.title_en }, quote: r.source_quote ?? '' }));
    },

    async versions(ids: readonly string[]): Promise<Map<string, number>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('initiatives').select(['id', 'version']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, Number(r.version)]));
    },

    async ownerExists(id: string): Promise<boolean> {
      return (await db.selectFrom('owners').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },

    /** Runs a confirm's writes in one transaction: all of them commit, or none when `work` throws. */
    inTransaction<T>(work: (writes: ConfirmWrites) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => work(confirmWrites(trx)));
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
