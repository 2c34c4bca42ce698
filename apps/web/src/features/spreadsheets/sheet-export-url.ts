import { type Language, listFilterNames } from '@civic/shared/vocabulary';

/** The parameters the export takes from the page's address: the list's filters and sort, never paging or anything else. */
const filterNames = new Set<string>(listFilterNames);

/**
 * The list's filters and sort carried in this page's address (as the list links here), in order. Any
 * other parameter (paging, lang, a tracking tag) is left out: the export refuses one it does not declare.
 */
export function listFiltersOf(search: string): [string, string][] {
  return [...new URLSearchParams(search)].filter(([key, value]) => filterNames.has(key) && value !== '');
}

/** The .xlsx export of the given filters (none: every initiative), with labels and dropdowns in `lang`. */
export function sheetExportUrl(filters: readonly [string, string][], lang: Language): string {
  const params = new URLSearchParams([...filters, ['lang', lang]]);
  return `/api/export/initiatives.xlsx?${params}`;
}
