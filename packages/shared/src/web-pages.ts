/**
 * The paths of the web app's pages, as its router declares them (`:name` is one path segment).
 * The server answers index.html for each with 200 and for any other path with 404, so that a
 * mistyped link is a 404 to crawlers and link checkers too, while the page still shows the app's
 * own "not found"; a page of one record (`:id`) is a 404 too when no such record exists
 * (apps/api/src/http/web-page-status.ts). A web test keeps this list equal to the router's.
 */
export const webPagePaths = [
  '/',
  '/initiatives',
  '/initiatives/:id',
  '/sources',
  '/sources/:id',
  '/source',
  '/login',
  '/attention',
  '/monitor',
  '/spreadsheet-imports',
  '/imports/new',
  '/imports/:id',
  '/admin',
] as const;

/** One of the web app's page paths, e.g. `/initiatives/:id`. */
export type WebPagePath = (typeof webPagePaths)[number];

/** A page of the web app as a path names it: the page and, for a page of one record, the id segment as sent (not decoded). */
export interface WebPageMatch {
  page: WebPagePath;
  id?: string;
}

// Fixed pages first, so that /imports/new is that page and not the import "new".
const patterns = [...webPagePaths]
  .sort((a, b) => Number(a.includes(':')) - Number(b.includes(':')))
  .map((page) => ({ page, pattern: new RegExp(`^${page.replace(/\/:\w+/g, '/([^/]+)').replace(/\/$/, '')}/?$`) }));

/** Which of the web app's pages `pathname` (no query, not decoded) is, with its id segment; undefined for none. */
export function webPageOf(pathname: string): WebPageMatch | undefined {
  for (const { page, pattern } of patterns) {
    const found = pattern.exec(pathname);
    if (found) return found[1] === undefined ? { page } : { page, id: found[1] };
  }
  return undefined;
}

/**
 * Pages whose first paint the server can prepare: the web module (a path under apps/web, as Vite's
 * manifest names it) that the router lazily loads for the page. The server that answers the page
 * adds `<link rel="modulepreload">` for it and its imports, so the browser fetches the page's code
 * beside the entry instead of after it. A web test keeps each module equal to the router's import.
 */
export const webPageModules: Readonly<Partial<Record<WebPagePath, string>>> = {
  '/': 'src/app/routes/overview-route.tsx',
  '/initiatives': 'src/app/routes/initiatives-route.tsx',
};
