import type { Assessment, WorklistItem } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { localized } from '../db/localized-text.ts';
import type { AssessmentRow, Database } from '../db/schema.ts';
import { toAssessment } from '../initiatives/initiative-assessment.ts';

interface WorklistRow {
  id: string;
  title_ru: string;
  title_en: string;
  title_kk: string | null;
  status: string;
  last_assessed_at: string | null;
  status_changed_at: string | null;
}

export function createAssessmentsRepository(db: Kysely<Database>) {
  return {
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
        select i.id, i.title_ru, i.title_en, i.title_kk, i.status,
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
        status: row.status as WorklistItem['status'],
        reason: row.last_assessed_at === null ? 'not_assessed' : 'status_changed',
        lastAssessedAt: row.last_assessed_at,
        statusChangedAt: row.status_changed_at,
      }));
    },
  };
}

export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;
