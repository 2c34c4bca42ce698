import fs from 'node:fs';
import path from 'node:path';
import { defaultTimeZone } from '@civic/shared';
import express, { type Express, type Request, type Response } from 'express';
import { sendUncached } from '../errors/send-uncached.ts';
import { pageLanguage } from './page-language.ts';
import { createPagePreloads, readWebManifest } from './page-preloads.ts';
import { readPageStarts } from './page-starts.ts';
import type { PageStatus } from './web-page-status.ts';

const zoneMeta = /(<meta name="civic-time-zone" content=")[^"]*(")/;
const headEnd = /<\/head>/i;
const noindex = '<meta name="robots" content="noindex" />';
const pageStartMark = '<!--page-start-->';
const htmlLang = /(<html lang=")[^"]*(")/;

/**
 * Serves the built web app: hashed assets cached for a year as immutable, index.html never
 * cached, and every non-API path falls back to index.html so that client routes load directly:
 * with the status `pageStatus` gives (http/web-page-status.ts): 200 for the app's pages
 * (`webPagePaths`), 404 for any other path and for a page of a record that does not exist, 400 for
 * an id that is not valid percent-encoding; the app shows its "not found" either way, and a page
 * that is not a 200 carries <meta name="robots" content="noindex"> as well.
 * index.html carries the configured zone in <meta name="civic-time-zone">, which the web's
 * formatters read, so pages show days and times as the API counts them. For a page whose code and first
 * data are known (`createPagePreloads`), a 200 also carries preload links read from Vite's manifest, so the
 * browser fetches them beside the entry script, and for the overview and the list its heading and lead
 * paragraph inside #root, in the address's language, with <html lang> to match (`readPageStarts`). The
 * manifest and the starts are read once, when the app is made: a build without them gets none.
 */
export function serveWebApp(
  app: Express,
  distDir: string,
  pageStatus: (pathname: string) => Promise<PageStatus>,
  timeZone = defaultTimeZone,
): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  // readWebManifest answers null rather than fail, so this promise never rejects.
  const preloadsFor = readWebManifest(distDir).then(createPagePreloads);
  // Never rejects either: a build without the file gets no page starts.
  const startsFor = readPageStarts(distDir);
  // Read on each request, as a static file would be; a zone name (checked by config) needs no escaping.
  const sendIndex = async (req: Request, res: Response, status = 200) => {
    const [file, pagePreloads, pageStarts] = await Promise.all([
      fs.promises.readFile(indexFile, 'utf8'),
      preloadsFor,
      startsFor,
    ]);
    let page = file.replace(zoneMeta, `$1${timeZone}$2`);
    const search = new URL(req.originalUrl, 'http://host').searchParams;
    // The page's heading and lead in the language asked, painted before the scripts run (page-starts.ts).
    const lang = pageLanguage(search, req.headers.cookie);
    const start = status === 200 ? pageStarts(req.path, lang) : null;
    if (start) page = page.replace(pageStartMark, () => start.html).replace(htmlLang, `$1${start.lang}$2`);
    const preloads = status === 200 ? pagePreloads(req.path, search, lang) : '';
    const head = status === 200 ? (preloads ? `  ${preloads}\n  </head>` : '</head>') : `${noindex}</head>`;
    const html = page.replace(headEnd, head);
    if (status !== 200) {
      // The "not found" page is an error answer: not kept, not revalidated (errors/send-uncached.ts).
      sendUncached(res, status, 'text/html; charset=utf-8', html);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    // The page's start and preloads follow the language cookie as well as the address.
    res.setHeader('Vary', 'Cookie');
    res.status(status).type('html').send(html);
  };
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.get('/index.html', (req, res) => sendIndex(req, res));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|api$|healthz$|readyz$).*/, async (req, res) => sendIndex(req, res, await pageStatus(req.path)));
  return true;
}
