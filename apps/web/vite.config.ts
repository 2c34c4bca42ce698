import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { type PageStartTexts, pageStarts } from './src/app/page-starts.ts';

/**
 * Writes `.vite/page-starts.json` beside the manifest: page → language → the page's visible start
 * (src/app/page-starts.ts), from each locale file, which the server puts into index.html's #root.
 */
function pageStartsFile(): Plugin {
  const localesDir = path.resolve(import.meta.dirname, 'src/lib/locales');
  return {
    name: 'civic-page-starts',
    apply: 'build',
    generateBundle() {
      const starts: Record<string, Record<string, string>> = {};
      for (const file of fs.readdirSync(localesDir).filter((name) => name.endsWith('.json'))) {
        const texts = JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8')) as PageStartTexts;
        for (const [page, html] of Object.entries(pageStarts(texts))) {
          starts[page] ??= {};
          starts[page][path.basename(file, '.json')] = html;
        }
      }
      this.emitFile({ type: 'asset', fileName: '.vite/page-starts.json', source: JSON.stringify(starts) });
    },
  };
}

export default defineConfig({
  plugins: [react(), pageStartsFile()],
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The CSP allows no inline script, so even the module preload polyfill must stay out of index.html.
    modulePreload: { polyfill: false },
    // The server reads it to preload a page's own chunk with index.html (apps/api/src/http/page-preloads.ts).
    manifest: true,
    // One stylesheet for every page (about 6 KB gzip in all), loaded with index.html: a page chunk's own
    // stylesheet, arriving after the first paint, made the browser restyle and lay out the whole page again
    // (a long task of 0.1–0.2 s in the mobile audit of the list).
    cssCodeSplit: false,
  },
});
