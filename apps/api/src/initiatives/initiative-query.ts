import {
  type AttentionCutoffs,
  type Language,
  type ListFilter,
  normalizeForSearch,
  type Sort,
  statuses,
} from '@civic/shared';
import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { byCodePoint } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { agreementSql, hasAssessmentSql, latestAssessmentIdSql } from './initiative-assessment.ts';

/** The moment against which overdue and stale are judged: always made by attentionCutoffs (shared rules). */
export type Clock = AttentionCutoffs;

/** A query over initiatives `i` joined with owners `o`, as the filters, sorts and keyset pages take it. */
export type QB = SelectQueryBuilder<
  Database & { i: Database['initiatives']; o: Database['owners'] },
  'i' | 'o',
  object
>;

/** isOverdue (shared rules.ts) in SQL, over the initiative and its open milestones. */
export const overdueSql = (clock: Clock) => sql<number>`case when i.status not in ('completed', 'withdrawn') and (
    (i.target_date is not null and i.target_date < ${clock.today})
    or exists (select 1 from milestones m where m.initiative_id = i.id and m.completed_at is null
               and m.due_date is not null and m.due_date < ${clock.today})
  ) then 1 else 0 end`;

/**
 * The earliest-due open milestone past its date (the one an official should look at first), as its
 * title and due date; null on both when none is late or the initiative is closed. Ties go to the
 * milestone created first.
 */
const overdueMilestoneSql = (clock: Clock, column: 'title' | 'due_date') =>
  sql<string | null>`(select m.${sql.ref(column)} from milestones m
    where m.initiative_id = i.id and m.completed_at is null and m.due_date is not null
      and m.due_date < ${clock.today} and i.status not in ('completed', 'withdrawn')
    order by m.due_date, m.created_at, m.id limit 1)`;

/** isStale (shared rules.ts) in SQL: timestamps are canonical ISO UTC text, so text order is time order. */
export const staleSql = (clock: Clock) =>
  sql<number>`case when i.last_verified_at is null or i.last_verified_at < ${clock.staleBefore} then 1 else 0 end`;

/** Every column an initiative is built from: search_text, the widest, is only ever filtered on. */
const initiativeColumns = [
  'i.id',
  'i.parent_id',
  'i.kind',
  'i.title_ru',
  'i.title_en',
  'i.title_kk',
  'i.title_en_missing',
  'i.summary_ru',
  'i.summary_en',
  'i.summary_kk',
  'i.owner_id',
  'i.region',
  'i.tags',
  'i.status',
  'i.progress',
  'i.progress_source',
  'i.legislative_stage',
  'i.target_date',
  'i.last_verified_at',
  'i.source_document_id',
  'i.source_quote',
  'i.source_start',
  'i.source_end',
  'i.sort_key',
  'i.synthetic',
  'i.created_at',
  'i.updated_at',
  'i.version',
] as const;

/** Initiatives joined with their owner, with overdue and stale computed in SQL. */
export function selectInitiatives(db: Kysely<Database>, clock: Clock) {
  return db
    .selectFrom('initiatives as i')
    .innerJoin('owners as o', 'o.id', 'i.owner_id')
    .select(initiativeColumns)
    .select([
      'o.name_ru as owner_name_ru',
      'o.name_en as owner_name_en',
      'o.name_kk as owner_name_kk',
      overdueSql(clock).as('overdue'),
      overdueMilestoneSql(clock, 'title').as('overdue_milestone_title'),
      overdueMilestoneSql(clock, 'due_date').as('overdue_milestone_due'),
      staleSql(clock).as('stale'),
      latestAssessmentIdSql().as('latest_assessment_id'),
      agreementSql(clock).as('agreement'),
    ]);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filters alone, as the feeds take them (no sort). */
export type FilterOnly = Omit<ListFilter, 'sort'>;

/** Applies the list filters; the same function serves the list, its count, the exports and the feeds. */
export function applyFilter<T extends QB>(query: T, filter: FilterOnly, clock: Clock): T {
  let q = query as QB;
  if (filter.status?.length) q = q.where('i.status', 'in', filter.status);
  if (filter.kind?.length) q = q.where('i.kind', 'in', filter.kind);
  if (filter.owner?.length) q = q.where('i.owner_id', 'in', filter.owner);
  if (filter.region?.length) q = q.where('i.region', 'in', filter.region);
  if (filter.parent === 'none') q = q.where('i.parent_id', 'is', null);
  else if (filter.parent) q = q.where('i.parent_id', '=', filter.parent);
  if (filter.overdue !== undefined) q = q.where(overdueSql(clock), '=', filter.overdue ? 1 : 0);
  if (filter.stale !== undefined) q = q.where(staleSql(clock), '=', filter.stale ? 1 : 0);
  if (filter.assessment === 'assessed') q = q.where(hasAssessmentSql());
  else if (filter.assessment === 'not_assessed') q = q.where(sql<boolean>`not ${hasAssessmentSql()}`);
  else if (filter.assessment === 'disagree') q = q.where(agreementSql(clock), '=', 'disagree');
  const terms = filter.q ? normalizeForSearch(filter.q).split(/\s+/).filter(Boolean) : [];
  for (const term of terms) {
    q = q.where(sql<boolean>`i.search_text like ${`%${escapeLike(term)}%`} escape '\\'`);
  }
  return q as T;
}

/** The ids of the initiatives a filter picks, as a subquery (`where initiative_id in …`): the filtered feed's. */
export function filteredIds(db: Kysely<Database>, filter: FilterOnly, clock: Clock) {
  return applyFilter(
    db.selectFrom('initiatives as i').innerJoin('owners as o', 'o.id', 'i.owner_id'),
    filter,
    clock,
  ).select('i.id');
}

/** Changes of the initiatives a filter picks, judged at `clock`: what a filtered feed reads. */
export interface FilterScope {
  filter: FilterOnly;
  clock: Clock;
}

const statusOrder = sql`case i.status ${sql.join(
  statuses.map((s, index) => sql`when ${s} then ${index}`),
  sql` `,
)} end`;

function titleColumn(lang: Language) {
  return lang === 'kk' ? sql`coalesce(i.title_kk, i.title_ru)` : sql.ref(`i.title_${lang}`);
}

function ownerColumn(lang: Language) {
  return lang === 'kk' ? sql`coalesce(o.name_kk, o.name_ru)` : sql.ref(`o.name_${lang}`);
}

/** The expression a sort orders by, and whether it can be null (nulls then sort last either way). */
interface SortKey {
  expression: RawBuilder<unknown>;
  nullable: boolean;
}

function sortKey(sort: Sort, lang: Language): SortKey {
  const plain = (expression: RawBuilder<unknown>) => ({ expression, nullable: false });
  const nullable = (expression: RawBuilder<unknown>) => ({ expression, nullable: true });
  switch (sort.field) {
    case 'source':
      return plain(sql`i.sort_key`);
    case 'title':
      return nullable(byCodePoint(titleColumn(lang)));
    case 'owner':
      return nullable(byCodePoint(ownerColumn(lang)));
    case 'status':
      return plain(statusOrder);
    case 'progress':
      return plain(sql`i.progress`);
    case 'kind':
      return plain(sql`i.kind`);
    case 'targetDate':
      return nullable(sql`i.target_date`);
    case 'lastVerifiedAt':
      return nullable(sql`i.last_verified_at`);
    case 'updatedAt':
      return plain(sql`i.updated_at`);
    case 'createdAt':
      return plain(sql`i.created_at`);
  }
}

/** Orders by the chosen field; nulls last either way, then by id so pages never overlap. */
export function applySort<T extends QB>(query: T, sort: Sort, lang: Language): T {
  const { expression, nullable } = sortKey(sort, lang);
  let q = query as QB;
  if (nullable) q = q.orderBy(sql`${expression} is null`);
  return q.orderBy(expression as never, sort.direction).orderBy('i.id', 'asc') as T;
}

/** Where a keyset page left off: the last row's sort value (as selectSortValue read it) and id. */
export interface SortPosition {
  value: unknown;
  id: string;
}

/** Adds the sort's value to the selection as `sort_value`, so a page can tell where it ended. */
export function selectSortValue<T extends QB>(query: T, sort: Sort, lang: Language) {
  return (query as QB).select(sortKey(sort, lang).expression.as('sort_value'));
}

/**
 * Keeps only the rows applySort places after `position`: the next keyset page. Each page is then
 * its own short query, however far into the list it starts: for a sort value that cannot be null the
 * condition opens with a range on it (`value >= v and (value > v or id > last id)`, the same rows as
 * `value > v or (value = v and id > last id)`), which SQLite and PostgreSQL answer by seeking the sort's
 * index; the OR alone made SQLite walk the index from its start on every page, so a whole export read
 * the index quadratically.
 */
export function applyAfter<T extends QB>(query: T, sort: Sort, lang: Language, position: SortPosition): T {
  const { expression: e, nullable } = sortKey(sort, lang);
  const asc = sort.direction === 'asc';
  const beyond = asc ? sql`>` : sql`<`;
  const tie = sql<boolean>`(${e} = ${position.value} and i.id > ${position.id})`;
  const condition =
    position.value === null
      ? sql<boolean>`(${e} is null and i.id > ${position.id})`
      : nullable
        ? sql<boolean>`(${e} is null or ${e} ${beyond} ${position.value} or ${tie})`
        : sql<boolean>`(${e} ${asc ? sql`>=` : sql`<=`} ${position.value} and (${e} ${beyond} ${position.value} or i.id > ${position.id}))`;
  return (query as QB).where(condition) as T;
}
