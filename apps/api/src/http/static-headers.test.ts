import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { fixedHeaders, staticHeaders } from './static-headers.ts';

async function headersFrom(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.type('text').send('ok');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const headers = Object.fromEntries(response.headers);
    for (const name of ['date', 'connection', 'keep-alive', 'etag', 'content-length']) delete headers[name];
    return headers;
  } finally {
    server.close();
  }
}

describe('helmet headers set once per response', () => {
  it('when helmet runs once at start-up, then every response carries exactly the headers helmet itself sets', async () => {
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } } };
    const direct = await headersFrom(helmet(options));
    const once = await headersFrom(staticHeaders(helmet(options)));
    expect(once).toEqual(direct);
    expect(once['content-security-policy']).toContain("object-src 'none'");
    expect(once['x-content-type-options']).toBe('nosniff');
    expect(once['x-powered-by']).toBeUndefined();
  });

  it('when a header has several values, then the raw list for writeHead names it once per value, in order', () => {
    const recorded = fixedHeaders((_req, res, next) => {
      res.setHeader('X-One', 'a');
      res.setHeader('Link', ['<a>; rel=preload', '<b>; rel=preload']);
      res.removeHeader('X-Powered-By');
      next();
    });
    expect(recorded.raw).toEqual(['X-One', 'a', 'Link', '<a>; rel=preload', 'Link', '<b>; rel=preload']);
    expect(recorded.removed).toEqual(['X-Powered-By']);
  });

  it('when a middleware does not finish at once, then start-up fails instead of serving without its headers', () => {
    expect(() => staticHeaders(() => undefined)).toThrow(/did not finish/);
  });
});
