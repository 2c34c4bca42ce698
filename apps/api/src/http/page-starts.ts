import fs from 'node:fs';
import path from 'node:path';
import { type Language, webPageOf } from '@civic/shared';

/** `<dist>/.vite/page-starts.json`, which the web build writes: page → language → HTML of the page's start. */
type PageStartsFile = Record<string, Partial<Record<Language, string>>>;

/** A page's visible start: the HTML for index.html's #root and the language it is written in. */
export interface PageStart {
  html: string;
  lang: Language;
}

/** A page's start in `lang` (from `pageLanguage`, page-language.ts), or null. */
export type PageStarts = (pathname: string, lang: Language) => PageStart | null;

/**
 * Reads the web build's page starts (apps/web/src/app/page-starts.ts: the heading and lead paragraph of the
 * overview and the list, markup as React renders it, texts HTML-escaped at build time), so that a 200 of
 * such a page paints its largest text once the HTML and CSS arrive, before the scripts have run, in the
 * language `pageLanguage` finds. Null for any other page and for a build without the file.
 */
export async function readPageStarts(distDir: string): Promise<PageStarts> {
  let starts: PageStartsFile;
  try {
    starts = JSON.parse(await fs.promises.readFile(path.join(distDir, '.vite', 'page-starts.json'), 'utf8'));
  } catch {
    return () => null;
  }
  return (pathname, lang) => {
    const page = webPageOf(pathname)?.page;
    if (!page || !Object.hasOwn(starts, page)) return null;
    const html = starts[page]?.[lang];
    return html ? { html, lang } : null;
  };
}
