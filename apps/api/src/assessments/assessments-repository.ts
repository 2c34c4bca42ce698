import type { Assessment, LocalizedText, WorklistItem } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { localized } from '../db/localized-text.ts';
import { flatten } from '../db/pages.ts';
import type { AssessmentRow, Database } from '../db/schema.ts';
import { toAssessment } from '../initiatives/initiative-assessment.ts';
import { type FilterScope, filteredIds } from '../initiatives/initiative-query.ts';
import { exportChunkRows } from '../initiatives/initiatives-repository.ts';

/** An assessment with the title of its initiative, as exports and feeds print it. */
export type AssessmentEntry = Assessment & { initiativeTitle: LocalizedText };

type EntryRow = AssessmentRow & {
  title_ru: string;
  title_en: string;
  title_kk: string | null;
  superseded_by: string | null;
};

const toEntry = (row: EntryRow): AssessmentEntry => ({
  ...toAssessment(row, row.superseded_by),
  initiativeTitle: localized(row.title_ru, row.title_en, row.title_kk),
});

/** Which assessments a feed page shows: of one initiative, recorded at or after `from` and before `until`. */
export interface AssessmentWindow {
  initiativeId?: string;
  /** Of the initiatives a list filter picks. */
  scope?: FilterScope;
  from?: string;
  until?: string;
  limit: number;
}

interface WorklistRow {
  id: string;
  title_ru: string;
  title_en: string;
  title_kk: string | null;
  title_en_missing: number;
  status: string;
  last_assessed_at: string | null;
  status_changed_at: string | null;
}

export function createAssessmentsRepository(db: Kysely<Database>) {
  /** Assessments with their initiative's title and the id of the same organisation's next one. */
  const selectEntries = () =>
    db
      .selectFrom('assessments as a')
      .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
      .selectAll('a')
      .select(['i.title_ru', 'i.title_en', 'i.title_kk'])
      .select(
        sql<string | null>`(select b.id from assessments b
          where b.initiative_id = a.initiative_id and b.organisation = a.organisation
            and (b.created_at > a.created_at or (b.created_at = a.created_at and b.id > a.id))
          order by b.created_at, b.id limit 1)`.as('superseded_by'),
      );

  const repository = {
    /**
     * Every assessment, oldest first, in keyset pages of `chunkSize` rows, each its own short query:
     * nothing is held open between pages. The record is append-only, so each is seen once.
     */
    async *pages(chunkSize = exportChunkRows): AsyncIterable<AssessmentEntry[]> {
      const ordered = selectEntries().orderBy('a.created_at', 'asc').orderBy('a.id', 'asc').limit(chunkSize);
      let position: { at: string; id: string } | undefined;
      for (;;) {
        const page = position
          ? ordered.where(
              sql<boolean>`(a.created_at > ${position.at} or (a.created_at = ${position.at} and a.id > ${position.id}))`,
            )
          : ordered;
        const rows = (await page.execute()) as EntryRow[];
        if (rows.length) yield rows.map(toEntry);
        const last = rows.at(-1);
        if (!last || rows.length < chunkSize) return;
        position = { at: last.created_at, id: last.id };
      }
    },

    /** As pages(), one assessment at a time. */
    stream: (chunkSize = exportChunkRows): AsyncIterable<AssessmentEntry> => flatten(repository.pages(chunkSize)),

    /** At most `limit` assessments of the window, newest first: what a page of an Atom feed shows. */
    async window(window: AssessmentWindow): Promise<AssessmentEntry[]> {
      let query = selectEntries().orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(window.limit);
      if (window.initiativeId) query = query.where('a.initiative_id', '=', window.initiativeId);
      if (window.scope) {
        query = query.where('a.initiative_id', 'in', filteredIds(db, window.scope.filter, window.scope.clock));
      }
      if (window.from) query = query.where('a.created_at', '>=', window.from);
      if (window.until) query = query.where('a.created_at', '<', window.until);
      return ((await query.execute()) as EntryRow[]).map(toEntry);
    },

    async initiativeExists(initiativeId: string): Promise<boolean> {
      const row = await db.selectFrom('initiatives').select('id').where('id', '=', initiativeId).executeTakeFirst();
      return row !== undefined;
    },

    /** The organisation's newest assessment of the initiative: the one a new assessment supersedes. */
    latestOfOrganisation(initiativeId: string, organisation: string): Promise<AssessmentRow | undefined> {
      return db
        .selectFrom('assessments')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('organisation', '=', organisation)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /**
     * Appends the assessment if the initiative still stands at `version`, and moves the version on
     * (the detail carries the latest assessment, so its ETag changes), in one transaction: of writers
     * that saw the same version, one wins and the others get 'stale'. Nothing else of the initiative
     * changes.
     */
    async append(row: AssessmentRow, version: number): Promise<{ version: number } | 'stale'> {
      return db.transaction().execute(async (trx) => {
        const bumped = await trx
          .updateTable('initiatives')
          .set((eb) => ({ version: eb('version', '+', 1) }))
          .where('id', '=', row.initiative_id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(bumped.numUpdatedRows) !== 1) return 'stale';
        await trx.insertInto('assessments').values(row).execute();
        return { version: version + 1 };
      });
    },

    /** Every assessment of the initiative, newest first, each marked with the one that superseded it. */
    async record(initiativeId: string): Promise<Assessment[]> {
      const rows = await db
        .selectFrom('assessments')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const newerOf = new Map<string, string>();
      return rows.map((row) => {
        const assessment = toAssessment(row, newerOf.get(row.organisation) ?? null);
        newerOf.set(row.organisation, row.id);
        return assessment;
      });
    },

    /**
     * Initiatives the organisation has never assessed, or whose official status changed after its
     * latest assessment of them, in reading order.
     */
    async worklist(organisation: string): Promise<WorklistItem[]> {
      const { rows } = await sql<WorklistRow>`
        select i.id, i.title_ru, i.title_en, i.title_kk, i.title_en_missing, i.status,
          latest.created_at as last_assessed_at,
          (select max(s.at) from status_changes s
            where s.initiative_id = i.id and s.from_status is distinct from s.to_status
              and latest.created_at is not null and s.at > latest.created_at) as status_changed_at
        from initiatives i
        left join (select initiative_id, max(created_at) as created_at from assessments
                   where organisation = ${organisation} group by initiative_id) latest
          on latest.initiative_id = i.id
        where latest.created_at is null or exists (select 1 from status_changes s
          where s.initiative_id = i.id and s.from_status is distinct from s.to_status and s.at > latest.created_at)
        order by i.sort_key, i.id`.execute(db);
      return rows.map((row) => ({
        id: row.id,
        title: localized(row.title_ru, row.title_en, row.title_kk),
        titleEnMissing: Number(row.title_en_missing) === 1,
        status: row.status as WorklistItem['status'],
        reason: row.last_assessed_at === null ? 'not_assessed' : 'status_changed',
        lastAssessedAt: row.last_assessed_at,
        statusChangedAt: row.status_changed_at,
      }));
    },
  };
  return repository;
}

export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;
