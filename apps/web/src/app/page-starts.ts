/**
 * The visible start of the pages a visitor most often opens first (their heading and lead paragraph), as
 * HTML the server puts into index.html's #root for the language asked (apps/api/src/http/page-starts.ts):
 * the first and largest paint then need only the HTML and CSS, not the scripts and texts. The markup is
 * the one React renders (Layout's <main>, the page's <div> and its page header: initiatives-page.tsx,
 * overview-page.tsx), so that React's first render replaces it without moving anything; the web tests
 * compare the two. Built once per language at build time (vite.config.ts) from the locale files.
 */

/** The texts the starts read: a locale file's `initiatives` and `overview` titles and introductions. */
export interface PageStartTexts {
  initiatives: { title: string; intro: string };
  overview: { title: string; intro: string };
}

/** HTML-escapes text for an element's content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A page header as the pages render it: its heading and lead paragraph. */
export function pageHeaderHtml(title: string, intro: string): string {
  return `<header class="page-header"><h1>${escapeHtml(title)}</h1><p class="lead">${escapeHtml(intro)}</p></header>`;
}

/** Layout's <main> around a page's markup. */
function mainHtml(page: string): string {
  return `<main id="main" tabindex="-1" class="container site-main">${page}</main>`;
}

/** Page path (as `webPageOf` names it) → the start of that page in one language. */
export function pageStarts(texts: PageStartTexts): Record<string, string> {
  return {
    '/': mainHtml(`<div class="page">${pageHeaderHtml(texts.overview.title, texts.overview.intro)}</div>`),
    '/initiatives': mainHtml(
      `<div class="page initiatives-page">${pageHeaderHtml(texts.initiatives.title, texts.initiatives.intro)}</div>`,
    ),
  };
}
