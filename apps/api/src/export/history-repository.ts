import type { LocalizedText, StatusChange } from '@civic/shared';
import type { Kysely } from 'kysely';
import type { Database, StatusChangeRow } from '../db/schema.ts';
import { localized } from '../initiatives/initiative-mapper.ts';
import { toStatusChange } from '../initiatives/initiatives-repository.ts';

/** A status change with the title of its initiative, as exports and feeds print it. */
export type HistoryEntry = StatusChange & { initiativeTitle: LocalizedText };

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

export function createHistoryRepository(db: Kysely<Database>) {
  const selectHistory = () =>
    db
      .selectFrom('status_changes as c')
      .innerJoin('initiatives as i', 'i.id', 'c.initiative_id')
      .selectAll('c')
      .select(['i.title_ru', 'i.title_en', 'i.title_kk']);

  return {
    /** Every status change of the filter, oldest first, one at a time: memory does not grow with the rows. */
    async *stream(range: HistoryRange, chunkSize = 500): AsyncIterable<HistoryEntry> {
      let query = selectHistory();
      if (range.initiative) query = query.where('c.initiative_id', '=', range.initiative);
      // Times are stored as canonical ISO 8601 UTC strings, so text comparison is time order.
      if (range.since) query = query.where('c.at', '>=', range.since);
      if (range.before) query = query.where('c.at', '<', range.before);
      const ordered = query.orderBy('c.at', 'asc').orderBy('c.id', 'asc');
      for await (const row of ordered.stream(chunkSize)) yield toEntry(row as HistoryRecord);
    },

    /** The newest changes, newest first: of every initiative, or all of one. */
    async latest(options: { limit?: number; initiativeId?: string }): Promise<HistoryEntry[]> {
      let query = selectHistory().orderBy('c.at', 'desc').orderBy('c.id', 'desc');
      if (options.initiativeId) query = query.where('c.initiative_id', '=', options.initiativeId);
      if (options.limit !== undefined) query = query.limit(options.limit);
      const rows = await query.execute();
      return rows.map((row) => toEntry(row as HistoryRecord));
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
