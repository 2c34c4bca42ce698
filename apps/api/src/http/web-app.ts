import fs from 'node:fs';
import path from 'node:path';
import { defaultTimeZone, isWebPagePath } from '@civic/shared';
import express, { type Express, type Response } from 'express';

const zoneMeta = /(<meta name="civic-time-zone" content=")[^"]*(")/;

/**
 * Serves the built web app: hashed assets cached for a year as immutable, index.html never
 * cached, and every non-API path falls back to index.html so that client routes load directly:
 * with 200 for the app's pages (`webPagePaths`), with 404 for any other path (the app shows its "not found").
 * index.html carries the configured zone in <meta name="civic-time-zone">, which the web's
 * formatters read, so pages show days and times as the API counts them.
 */
export function serveWebApp(app: Express, distDir: string, timeZone = defaultTimeZone): boolean {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  // Read on each request, as a static file would be; a zone name (checked by config) needs no escaping.
  const sendIndex = async (res: Response, status = 200) => {
    const html = (await fs.promises.readFile(indexFile, 'utf8')).replace(zoneMeta, `$1${timeZone}$2`);
    res.setHeader('Cache-Control', 'no-cache');
    res.status(status).type('html').send(html);
  };
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.get('/index.html', (_req, res) => sendIndex(res));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|api$|healthz$|readyz$).*/, (req, res) => sendIndex(res, isWebPagePath(req.path) ? 200 : 404));
  return true;
}
