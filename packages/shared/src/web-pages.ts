/**
 * The paths of the web app's pages, as its router declares them (`:name` is one path segment).
 * The server answers index.html for each with 200 and for any other path with 404, so that a
 * mistyped link is a 404 to crawlers and link checkers too, while the page still shows the app's
 * own "not found". A web test keeps this list equal to the router's.
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

const patterns = webPagePaths.map((page) => new RegExp(`^${page.replace(/\/:\w+/g, '/[^/]+').replace(/\/$/, '')}/?$`));

/** Whether `pathname` (no query, not decoded) is one of the web app's pages. */
export function isWebPagePath(pathname: string): boolean {
  return patterns.some((pattern) => pattern.test(pathname));
}
