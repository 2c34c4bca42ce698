/**
 * The pages the axe specs (a11y.spec.ts, officials-a11y.spec.ts) and the screenshot spec visit, for each
 * kind of visitor: a page added here is both photographed and checked by axe.
 */

export type Role = 'anonymous' | 'official' | 'monitor' | 'admin';

export interface Target {
  name: string;
  /** The address; `:id` stands for the record a test makes first (see `addressOf`). */
  path: string;
  /** Shown once the page has its content. */
  ready: string;
  /** The HTTP status of the page's own document; 200 when absent. */
  status?: number;
}

export const overview: Target = { name: 'overview', path: '/', ready: 'svg.recharts-surface' };
// The phone shows cards and the wide screen the table; whichever is shown has its links visible.
const list: Target = { name: 'initiatives', path: '/initiatives', ready: 'main a[href^="/initiatives/"]:visible' };
const emptyList: Target = {
  name: 'initiatives filtered to nothing',
  path: '/initiatives?q=zzzz-none',
  ready: '.state-empty',
};
const initiative: Target = {
  name: 'initiative',
  path: '/initiatives/local-government-law-amendments',
  ready: 'blockquote',
};
// Logged in, the page is ready once the status form (official) or the assessment form (monitor) has loaded beside it.
const initiativeWithForm: Target = { ...initiative, ready: 'form.official-form' };
const initiativeWithChildren: Target = {
  name: 'initiative with children',
  path: '/initiatives/new-engagement-formats',
  ready: '.child-list',
};
const source: Target = { name: 'source', path: '/sources/senate-aktobe-maslikhat', ready: 'mark' };
const sources: Target = { name: 'sources', path: '/sources', ready: '.sources-list' };
const login: Target = { name: 'login', path: '/login', ready: 'main form' };
// A visitor is asked to log in on the attention and monitor pages.
const attentionLoggedOut: Target = { name: 'attention', path: '/attention', ready: 'main .card' };
const attention: Target = { ...attentionLoggedOut, ready: '.attention-grid' };
const monitorLoggedOut: Target = { name: 'monitor', path: '/monitor', ready: 'main .card' };
const monitorPage: Target = { ...monitorLoggedOut, ready: '.initiative-list' };
const notFound: Target = { name: 'not found', path: '/no-such-page', ready: 'h1', status: 404 };
const spreadsheetImports: Target = { name: 'spreadsheet imports', path: '/spreadsheet-imports', ready: '.sheet-steps' };
const importNew: Target = { name: 'new import', path: '/imports/new', ready: 'main form' };
// The review of a draft the test starts through the API (its `:id`), ready once its passages are marked.
const importReview: Target = { name: 'import review', path: '/imports/:id', ready: '.review-text mark.passage' };
const adminPage: Target = { name: 'administration', path: '/admin', ready: '.admin-page .account-list' };

/**
 * Every page for a visitor; a logged-in official sees every page but the login form (it sends them on),
 * the monitors' page and the Administration page, which is the admin's.
 */
export const pagesFor: Readonly<Record<Role, readonly Target[]>> = {
  anonymous: [
    overview,
    list,
    emptyList,
    initiative,
    initiativeWithChildren,
    source,
    sources,
    login,
    attentionLoggedOut,
    monitorLoggedOut,
    notFound,
  ],
  official: [
    overview,
    list,
    initiativeWithForm,
    source,
    sources,
    attention,
    spreadsheetImports,
    importNew,
    importReview,
    notFound,
  ],
  monitor: [overview, list, initiativeWithForm, source, sources, monitorPage, notFound],
  admin: [adminPage],
};

/** The target's address in `lang`; `id` fills the `:id` of a page of one record. */
export function addressOf(target: Target, lang: string, id = ''): string {
  const path = target.path.replace(':id', id);
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}
