import type { RequestHandler, Response } from 'express';
import onHeaders from 'on-headers';

function dropValidator(this: Response) {
  if (this.statusCode < 400) return;
  this.removeHeader('ETag');
  this.setHeader('Cache-Control', 'no-store');
}

/**
 * An error answer (any 4xx or 5xx: a problem+json, the web app's "not found" page, a refusal by a
 * library) goes out without an ETag and with `Cache-Control: no-store`: an error is never revalidated
 * nor kept by a cache, so the next request asks again. Checked when the headers are written, after
 * Express has added its ETag to whatever the route or the error middleware sent.
 */
export const uncachedErrors: RequestHandler = (_req, res, next) => {
  onHeaders(res, dropValidator);
  next();
};
