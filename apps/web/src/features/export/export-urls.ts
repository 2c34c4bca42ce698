import { type Language, listFilterCount, siteFeedTitle } from '@civic/shared/vocabulary';
import { type QueryParams, toSearch } from '../../lib/api-client.ts';
import type { CsvSeparator } from '../../lib/csv-separator.ts';

/** The list's filters alone: a feed has no sort, page or page size, and takes the language apart. */
function feedFilters(filters: QueryParams): QueryParams {
  const { page: _page, pageSize: _pageSize, sort: _sort, lang: _lang, ...rest } = filters;
  return rest;
}

const asList = (value: QueryParams[string]) =>
  Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : undefined;
const asText = (value: QueryParams[string]) => (value === undefined || value === null ? undefined : String(value));
const asFlag = (value: QueryParams[string]) =>
  value === undefined || value === null || value === '' ? undefined : String(value) === 'true';

/**
 * The Atom feed of the changes of the initiatives the list's filters pick (of every initiative when
 * none is set), titled in `lang`, and its title as the feed says it ("… — 3 filters").
 */
export function siteFeed(lang: Language, filters: QueryParams = {}): { href: string; title: string } {
  const rest = feedFilters(filters);
  const count = listFilterCount({
    status: asList(rest.status),
    kind: asList(rest.kind),
    owner: asList(rest.owner),
    region: asList(rest.region),
    parent: asText(rest.parent),
    q: asText(rest.q),
    overdue: asFlag(rest.overdue),
    stale: asFlag(rest.stale),
    assessment: asText(rest.assessment),
  });
  return { href: `/api/feed.atom${toSearch({ ...rest, lang })}`, title: siteFeedTitle(lang, count) };
}
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
