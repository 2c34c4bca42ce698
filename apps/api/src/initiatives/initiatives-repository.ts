import type {
  Initiative,
  ListFilter,
  ListQuery,
  LocalizedText,
  Milestone,
  Relation,
  StatusChange,
} from '@civic/shared';
import { isOverdue } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { localized } from '../db/localized-text.ts';
import { flatten } from '../db/pages.ts';
import type { Database, MilestoneRow, StatusChangeRow } from '../db/schema.ts';
import { assessmentsById } from './initiative-assessment.ts';
import { type InitiativeRecord, toInitiative } from './initiative-mapper.ts';
import {
  applyAfter,
  applyFilter,
  applySort,
  type Clock,
  type SortPosition,
  selectInitiatives,
  selectSortValue,
} from './initiative-query.ts';

/** Rows an export reads per query: large enough to be quick, small enough that one query is short. */
export const exportChunkRows = 1000;

export function toStatusChange(row: StatusChangeRow): StatusChange {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    kind: row.kind as StatusChange['kind'],
    changes: JSON.parse(row.changes) as StatusChange['changes'],
    fromStatus: row.from_status as StatusChange['fromStatus'],
    toStatus: row.to_status as StatusChange['toStatus'],
    fromProgress: row.from_progress === null ? null : Number(row.from_progress),
    toProgress: Number(row.to_progress),
    fromStage: row.from_stage as StatusChange['fromStage'],
    toStage: row.to_stage as StatusChange['toStage'],
    note: row.note,
    evidenceUrl: row.evidence_url,
    ...(row.evidence_document_id
      ? {
          evidence: {
            documentId: row.evidence_document_id,
            start: Number(row.evidence_start),
            end: Number(row.evidence_end),
            quote: row.evidence_quote ?? '',
          },
        }
      : {}),
    actor: row.actor,
    at: row.at,
    ...(row.source_file ? { sourceFile: row.source_file } : {}),
  };
}

export function toMilestone(row: MilestoneRow, today: string): Milestone {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    title: row.title,
    dueDate: row.due_date,
    completedAt: row.completed_at,
    completedOn: row.completed_on,
    overdue:
      row.completed_at === null &&
      isOverdue({ status: 'in_progress', targetDate: row.due_date, openMilestoneDueDates: [] }, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function createInitiativesRepository(db: Kysely<Database>) {
  /** Rows as initiatives, each with its latest assessment read in one more query. */
  const withAssessments = async (rows: readonly InitiativeRecord[]): Promise<Initiative[]> => {
    const assessments = await assessmentsById(
      db,
      rows.map((row) => row.latest_assessment_id),
    );
    return rows.map((row) => toInitiative(row, assessments));
  };

  const repository = {
    async list(query: ListQuery, clock: Clock): Promise<{ items: Initiative[]; total: number }> {
      const filtered = applyFilter(selectInitiatives(db, clock), query, clock);
      const rows = await applySort(filtered, query.sort, query.lang)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      const counted = await applyFilter(
        db.selectFrom('initiatives as i').innerJoin('owners as o', 'o.id', 'i.owner_id'),
        query,
        clock,
      )
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      return { items: await withAssessments(rows as InitiativeRecord[]), total: Number(counted.total) };
    },

    /**
     * Every initiative of the filter, in the list's order, read in keyset pages of `chunkSize` rows.
     * Each page is one short query: between pages, while the consumer waits (on a slow client), no
     * connection, cursor or transaction is held. Rows are as they are when their page is read; a row
     * whose sort value changes mid-read can be missed or seen twice (never with the default sort,
     * `source`, nor `createdAt`, which do not change). Yields no empty page.
     */
    async *pages(filter: ListFilter, clock: Clock, chunkSize = exportChunkRows): AsyncIterable<Initiative[]> {
      const { sort, lang } = filter;
      let after: SortPosition | undefined;
      for (;;) {
        let query = applySort(applyFilter(selectInitiatives(db, clock), filter, clock), sort, lang);
        if (after) query = applyAfter(query, sort, lang, after);
        const page = await selectSortValue(query, sort, lang).limit(chunkSize).execute();
        const rows = page as unknown as (InitiativeRecord & { sort_value: unknown })[];
        if (rows.length) yield await withAssessments(rows);
        const last = rows.at(-1);
        if (!last || rows.length < chunkSize) return;
        after = { value: last.sort_value, id: last.id };
      }
    },

    /** As pages(), one initiative at a time. */
    stream: (filter: ListFilter, clock: Clock, chunkSize = exportChunkRows): AsyncIterable<Initiative> =>
      flatten(repository.pages(filter, clock, chunkSize)),

    /** Every responsible body's name by its id ({ id → name }, in every language): a few dozen rows at most. */
    async ownerNames(): Promise<Map<string, LocalizedText>> {
      const rows = await db.selectFrom('owners').select(['id', 'name_ru', 'name_en', 'name_kk']).execute();
      return new Map(rows.map((row) => [row.id, localized(row.name_ru, row.name_en, row.name_kk)]));
    },

    async findById(id: string, clock: Clock): Promise<Initiative | undefined> {
      const row = await selectInitiatives(db, clock).where('i.id', '=', id).executeTakeFirst();
      return row ? (await withAssessments([row as InitiativeRecord]))[0] : undefined;
    },

    async children(id: string, clock: Clock): Promise<Initiative[]> {
      const rows = await selectInitiatives(db, clock)
        .where('i.parent_id', '=', id)
        .orderBy('i.sort_key')
        .orderBy('i.id')
        .execute();
      return withAssessments(rows as InitiativeRecord[]);
    },

    async relations(id: string): Promise<Relation[]> {
      // "out": this initiative is the relation's from_id and the other end is to_id; "in" the reverse.
      const related = async (direction: Relation['direction']) => {
        const [self, other] = direction === 'out' ? (['from_id', 'to_id'] as const) : (['to_id', 'from_id'] as const);
        const rows = await db
          .selectFrom('initiative_relations as r')
          .innerJoin('initiatives as i', 'i.id', `r.${other}`)
          .select(['r.type', 'i.id', 'i.title_ru', 'i.title_en', 'i.title_kk'])
          .where(`r.${self}`, '=', id)
          .orderBy('i.sort_key')
          .execute();
        return rows.map((row) => ({
          type: row.type as Relation['type'],
          direction,
          id: row.id,
          title: localized(row.title_ru, row.title_en, row.title_kk),
        }));
      };
      return [...(await related('out')), ...(await related('in'))];
    },

    async milestones(id: string, today: string): Promise<Milestone[]> {
      const rows = await db
        .selectFrom('milestones')
        .selectAll()
        .where('initiative_id', '=', id)
        .orderBy('due_date')
        .orderBy('created_at')
        .execute();
      return rows.map((row) => toMilestone(row, today));
    },

    /** At most `limit` changes of one initiative, newest first, older than `before` (a keyset page) if given. */
    async history(id: string, page: { limit: number; before?: { at: string; id: string } }): Promise<StatusChange[]> {
      let query = db
        .selectFrom('status_changes as h')
        .leftJoin('initiatives as c', 'c.id', 'h.cause_id')
        .selectAll('h')
        .select(['c.id as cause_found', 'c.title_ru as cause_ru', 'c.title_en as cause_en', 'c.title_kk as cause_kk'])
        .select('c.title_en_missing as cause_en_missing')
        .where('h.initiative_id', '=', id)
        .orderBy('h.at', 'desc')
        .orderBy('h.id', 'desc')
        .limit(page.limit);
      const before = page.before;
      if (before) {
        query = query.where(sql<boolean>`(h.at < ${before.at} or (h.at = ${before.at} and h.id < ${before.id}))`);
      }
      // A rollup names the child it came from, in the reader's languages.
      return (await query.execute()).map((row) => ({
        ...toStatusChange(row),
        ...(row.cause_found && row.cause_ru !== null && row.cause_en !== null
          ? {
              cause: {
                id: row.cause_found,
                title: localized(row.cause_ru, row.cause_en, row.cause_kk),
                ...(Number(row.cause_en_missing) === 1 ? { titleEnMissing: true } : {}),
              },
            }
          : {}),
      }));
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('initiatives').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },
  };
  return repository;
}

export type InitiativesRepository = ReturnType<typeof createInitiativesRepository>;
