import type { Language } from '@civic/shared/vocabulary';
import { type QueryParams, toSearch } from '../../lib/api-client.ts';
import type { CsvSeparator } from '../../lib/csv-separator.ts';

/** The Atom feed of every initiative's changes, titled in `lang`. */
export const siteFeedUrl = (lang: Language) => `/api/feed.atom${toSearch({ lang })}`;
export const openDataUrl = '/api/export/open-data.json';

/** The list's filters and sort (never its page) as a CSV download in the UI language. */
export function initiativesCsvUrl(filters: QueryParams, lang: Language, sep: CsvSeparator): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/export/initiatives.csv${toSearch({ ...rest, lang, sep })}`;
}

/** The same filters and sort as an .xlsx workbook in the UI language (no separator to choose). */
export function initiativesXlsxUrl(filters: QueryParams, lang: Language): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/export/initiatives.xlsx${toSearch({ ...rest, lang })}`;
}

export function historyCsvUrl(initiativeId: string, lang: Language, sep: CsvSeparator): string {
  return `/api/export/history.csv${toSearch({ initiative: initiativeId, lang, sep })}`;
}

export function initiativeFeedUrl(initiativeId: string, lang: Language): string {
  return `/api/initiatives/${encodeURIComponent(initiativeId)}/feed.atom${toSearch({ lang })}`;
}
