import fs from 'node:fs';
import path from 'node:path';
import { type Language, languages, unfilteredListRequest, webPageModules, webPageOf } from '@civic/shared';

/** One entry of Vite's build manifest (`build.manifest`): a chunk, the chunks it imports statically and its CSS. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** Vite's build manifest: source path (e.g. `src/app/routes/initiatives-route.tsx`, `index.html`) → chunk. */
export type WebManifest = Record<string, ManifestChunk>;

/** Reads `<dist>/.vite/manifest.json`, which `vite build` writes; null when the build has none or it is unreadable. */
export async function readWebManifest(distDir: string): Promise<WebManifest | null> {
  try {
    return JSON.parse(await fs.promises.readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as WebManifest;
  } catch {
    return null;
  }
}

/** The manifest keys a chunk reaches through static imports, itself included. */
function staticClosure(manifest: WebManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The `<link>` tags a page's address gets, as `createPagePreloads` below describes them. */
export type PagePreloads = (pathname: string, search: URLSearchParams, lang: Language) => string;

/**
 * The `<link>` tags that let the browser fetch, beside the entry script, what a page would otherwise
 * ask for one step after another (entry → texts → page chunk → data):
 * - `modulepreload` for the current language's texts (`src/lib/locales/<lang>.json`), which the app
 *   awaits before its first render;
 * - `modulepreload` for the page's own chunk (`webPageModules`) and every chunk it imports statically that
 *   index.html does not already preload, and `preload as="style"` for their CSS;
 * - for `/initiatives` with no filter in its address, `preload as="fetch" crossorigin` of the very request
 *   the page makes for its first page (`unfilteredListRequest`: same URL, same credentials mode), so the
 *   browser answers the page's fetch from the preload instead of asking again.
 * The page's chunks, CSS and data are `fetchpriority="low"`: they are needed only once the entry has run,
 * so they must not take its bandwidth (on a slow phone network every byte before the first paint counts).
 * `lang` is the page's language as `pageLanguage` (page-language.ts) finds it: the address's `?lang=`, then the
 * visitor's chosen language (its cookie), then Russian, the app's own order.
 * Empty for a page not in `webPageModules` and for a build without a manifest.
 * The build fixes every tag but the list request, so they are worked out here, once per manifest, and
 * each page's answer only picks them.
 */
export function createPagePreloads(manifest: WebManifest | null): PagePreloads {
  if (!manifest) return () => '';
  const preloaded = staticClosure(manifest, 'index.html');
  // The page's code and data come after the entry, which must run first: at low priority they leave it the bandwidth.
  const low = 'fetchpriority="low" crossorigin';
  const textsTags = new Map<Language, string[]>();
  for (const lang of languages) {
    const texts = manifest[`src/lib/locales/${lang}.json`];
    textsTags.set(lang, texts ? [`<link rel="modulepreload" crossorigin href="/${texts.file}">`] : []);
  }
  const pageTags = new Map<string, string[]>();
  for (const [page, module] of Object.entries(webPageModules)) {
    if (!module) continue;
    const chunks = [...staticClosure(manifest, module)].filter((key) => !preloaded.has(key));
    const css = new Set(chunks.flatMap((key) => manifest[key]?.css ?? []));
    pageTags.set(page, [
      ...chunks.map((key) => `<link rel="modulepreload" ${low} href="/${manifest[key]?.file}">`),
      ...[...css].map((file) => `<link rel="preload" as="style" ${low} href="/${file}">`),
    ]);
  }
  return (pathname, search, lang) => {
    const page = webPageOf(pathname)?.page;
    const chunkTags = page && pageTags.get(page);
    if (!chunkTags) return '';
    const tags = [...(textsTags.get(lang) ?? []), ...chunkTags];
    const unfiltered = [...search.keys()].every((key) => key === 'lang');
    if (page === '/initiatives' && unfiltered)
      tags.push(`<link rel="preload" as="fetch" ${low} href="${unfilteredListRequest(lang)}">`);
    return tags.join('\n    ');
  };
}
