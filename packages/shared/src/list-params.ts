// The list query's rules without a validation library: the API's zod schema (list-query.ts) and the
// web's lenient reading of an address both build on these.

import type { Language } from './terms.ts';

export const sortFields = [
  'source',
  'title',
  'status',
  'progress',
  'kind',
  'owner',
  'targetDate',
  'lastVerifiedAt',
  'updatedAt',
  'createdAt',
] as const;
export type SortField = (typeof sortFields)[number];
export interface Sort {
  field: SortField;
  direction: 'asc' | 'desc';
}

export const defaultSort = 'source';
export const defaultPageSize = 20;
export const maxPageSize = 100;
export const maxPage = 100_000;
/** Characters of the free-text search `q`. */
export const maxSearchLength = 200;
/** The list's filters and its sort, as list-query.ts declares them (`listFilterShape`, beside lang): all a list's address may hand on to an export. */
export const listFilterNames = [
  'status',
  'kind',
  'owner',
  'region',
  'parent',
  'q',
  'overdue',
  'stale',
  'assessment',
  'sort',
] as const;

/** Values of one list filter (status, kind, owner). */
export const maxListValues = 20;

/** The list's filter on independent assessments (query parameter `assessment`). */
export const assessmentFilters = ['assessed', 'not_assessed', 'disagree'] as const;
export type AssessmentFilter = (typeof assessmentFilters)[number];

/** The list's filters as the API reads them (list-query.ts) or the page keeps them, absent or empty when unset. */
export interface FilterValues {
  status?: readonly string[] | undefined;
  kind?: readonly string[] | undefined;
  owner?: readonly string[] | undefined;
  region?: readonly string[] | undefined;
  parent?: string | undefined;
  q?: string | undefined;
  overdue?: boolean | undefined;
  stale?: boolean | undefined;
  assessment?: string | undefined;
}

/**
 * How many filters narrow the list: each chosen status, kind, owner and region, the search, and each
 * switch (overdue, stale, assessment, parent). The list page's count and the filtered feed's title.
 */
export function listFilterCount(filter: FilterValues): number {
  const lists = [filter.status, filter.kind, filter.owner, filter.region].reduce(
    (n, list) => n + (list?.length ?? 0),
    0,
  );
  const switches = [filter.parent, filter.q, filter.assessment].filter((value) => !!value).length;
  const flags = [filter.overdue, filter.stale].filter((value) => value !== undefined).length;
  return lists + switches + flags;
}

/** An id: lowercase latin letters and digits in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "field" or "-field" (descending) as a sort; null when the field is not one of sortFields. */
export function parseSort(value: string): Sort | null {
  const field = value.replace(/^-/, '');
  if (!(sortFields as readonly string[]).includes(field)) return null;
  return { field: field as SortField, direction: value.startsWith('-') ? 'desc' : 'asc' };
}

/** A list parameter given once as "a,b", or repeated, as one list of trimmed non-empty values. */
export function splitListParam(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? [value] : value)
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * The API request (path and query) that the initiatives page makes for its first page when its
 * address carries no filter: `/api/initiatives?sort=source&page=1&pageSize=20&lang=ru`. The server
 * preloads exactly this URL for `/initiatives`, so the browser reuses the answer; a web test keeps it
 * equal to what the page builds from its filters (filters-url.ts `toApiParams`). `lang` is a
 * language code of `languages` (terms.ts); the list sorts titles in its order.
 */
export function unfilteredListRequest(lang: Language): string {
  return `/api/initiatives?sort=${defaultSort}&page=1&pageSize=${defaultPageSize}&lang=${lang}`;
}
