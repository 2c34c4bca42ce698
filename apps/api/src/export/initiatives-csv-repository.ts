import type { Language, ListFilter } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { type ArrayReader, objectArrayReader } from '../db/array-rows.ts';
import type { Database } from '../db/schema.ts';
import { agreementSql, latestAssessmentIdSql } from '../initiatives/initiative-assessment.ts';
import {
  applyAfter,
  applyFilter,
  applySort,
  type Clock,
  overdueSql,
  type QB,
  type SortPosition,
  selectSortValue,
  staleSql,
} from '../initiatives/initiative-query.ts';
import { exportChunkRows } from '../initiatives/initiatives-repository.ts';

/**
 * One initiative as the CSV export reads it, values in this order: only the columns the file prints, texts in
 * the file's language, the flags and the latest assessment computed in SQL, and the sort value last.
 */
export type InitiativeCsvSource = [
  id: string,
  parentId: string | null,
  title: string,
  summary: string,
  kind: string,
  owner: string,
  region: string | null,
  status: string,
  progress: number | string,
  legislativeStage: string | null,
  targetDate: string | null,
  overdue: number | string | boolean,
  stale: number | string | boolean,
  lastVerifiedAt: string | null,
  updatedAt: string,
  sourceDocumentId: string | null,
  sourceQuote: string | null,
  sourceStart: number | string | null,
  sourceEnd: number | string | null,
  rating: string | null,
  assessedAt: string | null,
  organisation: string | null,
  assessor: string | null,
  agreement: string,
  sortValue: unknown,
];

/** A localized column in `lang`; Kazakh falls back to Russian where there is none (as inLanguage). */
const inLanguage = (table: 'i' | 'o', column: string, lang: Language) =>
  lang === 'kk'
    ? sql<string>`coalesce(${sql.ref(`${table}.${column}_kk`)}, ${sql.ref(`${table}.${column}_ru`)})`
    : sql<string>`${sql.ref(`${table}.${column}_${lang}`)}`;

/**
 * The initiatives CSV's rows in keyset pages, read as arrays of values (no object per row): the same filter,
 * order and pages as InitiativesRepository.pages, each page one short query that holds nothing while the
 * consumer waits.
 */
export function createInitiativesCsvRepository(db: Kysely<Database>, readArrays?: ArrayReader) {
  const read = readArrays ?? objectArrayReader(db);
  const select = (filter: ListFilter, clock: Clock) =>
    db
      .selectFrom('initiatives as i')
      .innerJoin('owners as o', 'o.id', 'i.owner_id')
      .leftJoin('assessments as la', (join) => join.on(sql<boolean>`la.id = ${latestAssessmentIdSql()}`))
      .select([
        'i.id',
        'i.parent_id',
        inLanguage('i', 'title', filter.lang).as('title'),
        inLanguage('i', 'summary', filter.lang).as('summary'),
        'i.kind',
        inLanguage('o', 'name', filter.lang).as('owner'),
        'i.region',
        'i.status',
        'i.progress',
        'i.legislative_stage',
        'i.target_date',
        overdueSql(clock).as('overdue'),
        staleSql(clock).as('stale'),
        'i.last_verified_at',
        'i.updated_at',
        'i.source_document_id',
        'i.source_quote',
        'i.source_start',
        'i.source_end',
        'la.rating',
        'la.as_of',
        'la.organisation',
        'la.assessor',
        agreementSql(clock).as('agreement'),
      ]);

  return {
    async *pages(filter: ListFilter, clock: Clock, chunkSize = exportChunkRows): AsyncIterable<InitiativeCsvSource[]> {
      const { sort, lang } = filter;
      let after: SortPosition | undefined;
      for (;;) {
        let query = applySort(applyFilter(select(filter, clock) as unknown as QB, filter, clock), sort, lang);
        if (after) query = applyAfter(query, sort, lang, after);
        const compiled = selectSortValue(query, sort, lang).limit(chunkSize).compile();
        const rows = (await read(compiled)) as InitiativeCsvSource[];
        if (rows.length) yield rows;
        const last = rows.at(-1);
        if (!last || rows.length < chunkSize) return;
        after = { value: last[24], id: last[0] };
      }
    },
  };
}

export type InitiativesCsvRepository = ReturnType<typeof createInitiativesCsvRepository>;
