import {
  type AssessmentFilter,
  assessmentFilters,
  currentRegionCode,
  defaultPageSize,
  defaultSort,
  isKind,
  isStatus,
  type Kind,
  type Language,
  listFilterCount,
  maxPage,
  maxPageSize,
  maxSearchLength,
  parseSort,
  type SortField,
  type Status,
  slugPattern,
  sortFields,
  splitListParam,
} from '@civic/shared/vocabulary';
import type { QueryParams } from '../../lib/api-client.ts';

export interface InitiativeFilters {
  status: Status[];
  kind: Kind[];
  owner: string[];
  /** KZ or ISO 3166-2:KZ codes, numeric (a link's former letter code is read as its new one). */
  region: string[];
  q: string;
  overdue: boolean;
  stale: boolean;
  /** Independent assessment: assessed, not_assessed or disagree; '' for all. */
  assessment: AssessmentFilter | '';
  /** A sort field, "-" in front for descending. */
  sort: string;
  page: number;
  pageSize: number;
}

/** The list table's sortable columns, each a sort field of the shared vocabulary (`sortFields`), in display order. */
export const sortableColumns = [
  'title',
  'status',
  'progress',
  'owner',
  'targetDate',
  'lastVerifiedAt',
] as const satisfies readonly SortField[];

/**
 * What the "Sort by" choice offers: every field the API sorts by (`sortFields`), the source's own order
 * first, each both ways, so a sort given in the address is always one of its choices.
 */
export const sortChoices: readonly SortField[] = sortFields;

export const defaultFilters: InitiativeFilters = {
  status: [],
  kind: [],
  owner: [],
  region: [],
  q: '',
  overdue: false,
  stale: false,
  assessment: '',
  sort: defaultSort,
  page: 1,
  pageSize: defaultPageSize,
};

function listOf<T extends string>(params: URLSearchParams, key: string, allowed: (value: string) => value is T): T[] {
  return [...new Set(splitListParam(params.getAll(key)).filter(allowed))];
}

const isSlug = (value: string): value is string => slugPattern.test(value);

function positiveInt(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
}

/** Reads filters from the address, ignoring anything unknown so a mangled link still opens. */
export function filtersFromSearch(params: URLSearchParams): InitiativeFilters {
  const sort = params.get('sort') ?? '';
  return {
    status: listOf(params, 'status', isStatus),
    kind: listOf(params, 'kind', isKind),
    owner: listOf(params, 'owner', isSlug),
    // An old shared link's KZ-AKT opens the list of KZ-15, and the address then says KZ-15.
    region: [...new Set(splitListParam(params.getAll('region')).flatMap((code) => currentRegionCode(code) ?? []))],
    q: (params.get('q') ?? '').trim().slice(0, maxSearchLength),
    overdue: params.get('overdue') === 'true',
    stale: params.get('stale') === 'true',
    assessment: assessmentFilters.find((value) => value === params.get('assessment')) ?? '',
    sort: parseSort(sort) ? sort : defaultFilters.sort,
    page: positiveInt(params.get('page'), 1, maxPage),
    pageSize: positiveInt(params.get('pageSize'), defaultFilters.pageSize, maxPageSize),
  };
}

/** Writes filters to the address, leaving out defaults so links stay short; other params (lang) are kept. */
export function filtersToSearch(filters: InitiativeFilters, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of Object.keys(defaultFilters)) params.delete(key);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.kind.length) params.set('kind', filters.kind.join(','));
  if (filters.owner.length) params.set('owner', filters.owner.join(','));
  if (filters.region.length) params.set('region', filters.region.join(','));
  if (filters.q) params.set('q', filters.q);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.stale) params.set('stale', 'true');
  if (filters.assessment) params.set('assessment', filters.assessment);
  if (filters.sort !== defaultFilters.sort) params.set('sort', filters.sort);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== defaultFilters.pageSize) params.set('pageSize', String(filters.pageSize));
  return params;
}

/** The API's query for these filters; lang decides the title sort order. */
export function toApiParams(filters: InitiativeFilters, lang: Language): QueryParams {
  return {
    status: filters.status,
    kind: filters.kind,
    owner: filters.owner,
    region: filters.region,
    q: filters.q || undefined,
    overdue: filters.overdue ? 'true' : undefined,
    stale: filters.stale ? 'true' : undefined,
    assessment: filters.assessment || undefined,
    sort: filters.sort,
    page: filters.page,
    pageSize: filters.pageSize,
    lang,
  };
}

/** How many filters narrow the list: each chosen status, kind, owner and region, the search, and each switch. */
export function activeFilterCount(filters: InitiativeFilters): number {
  return listFilterCount({
    ...filters,
    overdue: filters.overdue || undefined,
    stale: filters.stale || undefined,
  });
}

export function hasActiveFilters(filters: InitiativeFilters): boolean {
  return activeFilterCount(filters) > 0;
}
