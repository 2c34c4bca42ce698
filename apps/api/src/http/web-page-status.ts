import { slugSchema, type WebPagePath, webPageOf, webPagePaths } from '@civic/shared';
import { isPercentDecodable } from './path-encoding.ts';

/** The web app's pages of one record, e.g. `/initiatives/:id`. */
export type RecordPage = Extract<WebPagePath, `${string}/:id`>;

/**
 * Whether the record a page of one record shows exists, given its id (decoded, a well-formed
 * slug): one lookup by primary key. A page only signed-in users can read answers true for every
 * id, so that the status of the page tells a stranger nothing about which ids exist.
 */
export type RecordLookup = (id: string) => Promise<boolean>;

/** The status a page path is served with: 200, 400 (badly encoded id) or 404 (no such page or record). */
export type PageStatus = 200 | 400 | 404;

/**
 * The status of the web app's page at `pathname` (no query, not decoded), so that crawlers and
 * link checkers read a dead link as dead while the app still renders its own "not found":
 * - no page of `webPagePaths`: 404;
 * - a page of one record whose id segment is not valid percent-encoding (`%E0%A4%A`): 400, as the
 *   API answers the same id (http/path-encoding.ts);
 * - an id that is not a slug (`slugSchema`, the rule of the API's `pathId`) or that `lookups`
 *   finds nothing for: 404;
 * - otherwise 200. Pages without an id cost no lookup.
 * Throws at start-up when a page of `webPagePaths` with a parameter has no lookup.
 */
export function webPageStatus(lookups: Record<RecordPage, RecordLookup>): (pathname: string) => Promise<PageStatus> {
  const byPage = new Map<string, RecordLookup>(Object.entries(lookups));
  const unchecked = webPagePaths.filter((page) => page.includes(':') && !byPage.has(page));
  if (unchecked.length > 0) throw new Error(`No record lookup for the page(s) ${unchecked.join(', ')}`);
  return async (pathname) => {
    const found = webPageOf(pathname);
    if (!found) return 404;
    if (found.id === undefined) return 200;
    if (!isPercentDecodable(found.id)) return 400;
    const id = decodeURIComponent(found.id);
    if (!slugSchema.safeParse(id).success) return 404;
    const exists = byPage.get(found.page) as RecordLookup;
    return (await exists(id)) ? 200 : 404;
  };
}
