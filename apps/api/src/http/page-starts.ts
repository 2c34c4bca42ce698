import fs from 'node:fs';
import path from 'node:path';
import { defaultLanguage, isLanguage, type Language, webPageOf } from '@civic/shared';

/** `<dist>/.vite/page-starts.json`, which the web build writes: page → language → HTML of the page's start. */
type PageStartsFile = Record<string, Partial<Record<Language, string>>>;

/** The language a page's address asks for: its `?lang=` when valid, otherwise Russian (as page-preloads.ts). */
export function pageLanguage(search: URLSearchParams): Language {
  const lang = search.get('lang');
  return isLanguage(lang) ? lang : defaultLanguage;
}

/** A page's visible start: the HTML for index.html's #root and the language it is written in. */
export interface PageStart {
  html: string;
  lang: Language;
}

export type PageStarts = (pathname: string, search: URLSearchParams) => PageStart | null;

/**
 * Reads the web build's page starts (apps/web/src/app/page-starts.ts: the heading and lead paragraph of the
 * overview and the list, markup as React renders it, texts HTML-escaped at build time), so that a 200 of
 * such a page paints its largest text once the HTML and CSS arrive, before the scripts have run. The
 * language is the address's, as for the preloads: a visitor whose stored choice differs sees the app switch
 * it on its first render. Null for any other page and for a build without the file.
 */
export async function readPageStarts(distDir: string): Promise<PageStarts> {
  let starts: PageStartsFile;
  try {
    starts = JSON.parse(await fs.promises.readFile(path.join(distDir, '.vite', 'page-starts.json'), 'utf8'));
  } catch {
    return () => null;
  }
  return (pathname, search) => {
    const page = webPageOf(pathname)?.page;
    if (!page || !Object.hasOwn(starts, page)) return null;
    const lang = pageLanguage(search);
    const html = starts[page]?.[lang];
    return html ? { html, lang } : null;
  };
}
