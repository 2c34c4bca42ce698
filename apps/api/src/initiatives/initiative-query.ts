import {
  type AttentionCutoffs,
  type Language,
  type ListFilter,
  normalizeForSearch,
  type Sort,
  statuses,
} from '@civic/shared';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { byCodePoint } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';

/** The moment against which overdue and stale are judged: always made by attentionCutoffs (shared rules). */
export type Clock = AttentionCutoffs;

type QB = SelectQueryBuilder<Database & { i: Database['initiatives']; o: Database['owners'] }, 'i' | 'o', object>;

/** isOverdue (shared rules.ts) in SQL, over the initiative and its open milestones. */
export const overdueSql = (clock: Clock) => sql<number>`case when i.status not in ('completed', 'withdrawn') and (
    (i.target_date is not null and i.target_date < ${clock.today})
    or exists (select 1 from milestones m where m.initiative_id = i.id and m.completed_at is null
               and m.due_date is not null and m.due_date < ${clock.today})
  ) then 1 else 0 end`;

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
      staleSql(clock).as('stale'),
    ]);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Applies the list filters; the same function serves the list, its count and the exports. */
export function applyFilter<T extends QB>(query: T, filter: ListFilter, clock: Clock): T {
  let q = query as QB;
  if (filter.status?.length) q = q.where('i.status', 'in', filter.status);
  if (filter.kind?.length) q = q.where('i.kind', 'in', filter.kind);
  if (filter.owner?.length) q = q.where('i.owner_id', 'in', filter.owner);
  if (filter.parent === 'none') q = q.where('i.parent_id', 'is', null);
  else if (filter.parent) q = q.where('i.parent_id', '=', filter.parent);
  if (filter.overdue !== undefined) q = q.where(overdueSql(clock), '=', filter.overdue ? 1 : 0);
  if (filter.stale !== undefined) q = q.where(staleSql(clock), '=', filter.stale ? 1 : 0);
  const terms = filter.q ? normalizeForSearch(filter.q).split(/\s+/).filter(Boolean) : [];
  for (const term of terms) {
    q = q.where(sql<boolean>`i.search_text like ${`%${escapeLike(term)}%`} escape '\\'`);
  }
  return q as T;
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

/** Orders by the chosen field; nulls last either way, then by id so pages never overlap. */
export function applySort<T extends QB>(query: T, sort: Sort, lang: Language): T {
  const { direction } = sort;
  let q = query as QB;
  const by = (expr: ReturnType<typeof sql> | ReturnType<typeof sql.ref>) =>
    q.orderBy(sql`${expr} is null`).orderBy(expr as never, direction);
  switch (sort.field) {
    case 'source':
      q = q.orderBy('i.sort_key', direction);
      break;
    case 'title':
      q = by(byCodePoint(titleColumn(lang)));
      break;
    case 'owner':
      q = by(byCodePoint(ownerColumn(lang)));
      break;
    case 'status':
      q = q.orderBy(statusOrder, direction);
      break;
    case 'progress':
      q = q.orderBy('i.progress', direction);
      break;
    case 'kind':
      q = q.orderBy('i.kind', direction);
      break;
    case 'targetDate':
      q = by(sql.ref('i.target_date'));
      break;
    case 'lastVerifiedAt':
      q = by(sql.ref('i.last_verified_at'));
      break;
    case 'updatedAt':
      q = q.orderBy('i.updated_at', direction);
      break;
    case 'createdAt':
      q = q.orderBy('i.created_at', direction);
      break;
  }
  return q.orderBy('i.id', 'asc') as T;
}
