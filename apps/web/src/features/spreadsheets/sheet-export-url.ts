import type { Language } from '@civic/shared/vocabulary';

/** Address parameters that are not the list's filters or sort. */
const notFilters = new Set(['page', 'pageSize', 'lang', 'sep']);

/** The list's filters and sort carried in this page's address (as the list links here), in order. */
export function listFiltersOf(search: string): [string, string][] {
  return [...new URLSearchParams(search)].filter(([key, value]) => !notFilters.has(key) && value !== '');
}

/** The .xlsx export of the given filters (none: every initiative), with labels and dropdowns in `lang`. */
export function sheetExportUrl(filters: readonly [string, string][], lang: Language): string {
  const params = new URLSearchParams([...filters, ['lang', lang]]);
  return `/api/export/initiatives.xlsx?${params}`;
}
