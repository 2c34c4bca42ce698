import type { LocalizedText, StatusChange } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { localized } from '../db/localized-text.ts';
import { flatten } from '../db/pages.ts';
import type { Database, StatusChangeRow } from '../db/schema.ts';
import { type FilterScope, filteredIds } from '../initiatives/initiative-query.ts';
import { exportChunkRows, toStatusChange } from '../initiatives/initiatives-repository.ts';

/** A status change with the title of its initiative, as exports and feeds print it. */
export type HistoryEntry = StatusChange & { initiativeTitle: LocalizedText };

/** Where a page of history ended: the last change's time and id, the order's tie-breaker. */
export interface HistoryPosition {
  at: string;
  id: string;
}

type HistoryRecord = StatusChangeRow & { title_ru: string; title_en: string; title_kk: string | null };

const toEntry = (row: HistoryRecord): HistoryEntry => ({
  ...toStatusChange(row),
  initiativeTitle: localized(row.title_ru, row.title_en, row.title_kk),
});

/** Which changes to read: of one initiative, at or after since, before before (canonical ISO UTC instants). */
export interface HistoryRange {
  initiative?: string;
  since?: string;
  before?: string;
}

// Times are canonical ISO 8601 UTC strings, so text comparison is time order; the id breaks ties.
const after = (p: HistoryPosition) => sql<boolean>`(c.at > ${p.at} or (c.at = ${p.at} and c.id > ${p.id}))`;
const olderThan = (p: HistoryPosition) => sql<boolean>`(c.at < ${p.at} or (c.at = ${p.at} and c.id < ${p.id}))`;

export function createHistoryRepository(db: Kysely<Database>) {
  const selectHistory = () =>
    db
      .selectFrom('status_changes as c')
      .innerJoin('initiatives as i', 'i.id', 'c.initiative_id')
      .selectAll('c')
      .select(['i.title_ru', 'i.title_en', 'i.title_kk']);

  const repository = {
    /**
     * Every status change of the range, oldest first, read in keyset pages of `chunkSize` rows, each
     * its own short query: between pages nothing is held open, however slowly the consumer reads.
     * History is append-only, so every change made before the read began is seen exactly once.
     */
    async *pages(range: HistoryRange, chunkSize = exportChunkRows): AsyncIterable<HistoryEntry[]> {
      let query = selectHistory();
      if (range.initiative) query = query.where('c.initiative_id', '=', range.initiative);
      // Times are stored as canonical ISO 8601 UTC strings, so text comparison is time order.
      if (range.since) query = query.where('c.at', '>=', range.since);
      if (range.before) query = query.where('c.at', '<', range.before);
      const ordered = query.orderBy('c.at', 'asc').orderBy('c.id', 'asc').limit(chunkSize);
      let position: HistoryPosition | undefined;
      for (;;) {
        const rows = (await (position ? ordered.where(after(position)) : ordered).execute()) as HistoryRecord[];
        if (rows.length) yield rows.map(toEntry);
        const last = rows.at(-1);
        if (!last || rows.length < chunkSize) return;
        position = { at: last.at, id: last.id };
      }
    },

    /** As pages(), one change at a time. */
    stream: (range: HistoryRange, chunkSize = exportChunkRows): AsyncIterable<HistoryEntry> =>
      flatten(repository.pages(range, chunkSize)),

    /**
     * At most `limit` changes, newest first, of every initiative, of one, or of those a list filter
     * picks (`scope`), older than `before` if given.
     */
    async latest(options: {
      limit: number;
      initiativeId?: string;
      scope?: FilterScope;
      before?: HistoryPosition;
    }): Promise<HistoryEntry[]> {
      let query = selectHistory().orderBy('c.at', 'desc').orderBy('c.id', 'desc').limit(options.limit);
      if (options.initiativeId) query = query.where('c.initiative_id', '=', options.initiativeId);
      if (options.scope) {
        query = query.where('c.initiative_id', 'in', filteredIds(db, options.scope.filter, options.scope.clock));
      }
      if (options.before) query = query.where(olderThan(options.before));
      const rows = await query.execute();
      return rows.map((row) => toEntry(row as HistoryRecord));
    },
  };
  return repository;
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
