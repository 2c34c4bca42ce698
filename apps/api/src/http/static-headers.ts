import type { Request, RequestHandler, Response } from 'express';

/**
 * Runs a header-only middleware (helmet) once, at start-up, and returns one middleware that sets the
 * same headers on every response. helmet's headers do not depend on the request (no CSP nonce here), and
 * helmet sets each of its twelve through a middleware of its own, which the profile of the production
 * server under load showed on every request. Throws if the middleware wants more of the request than
 * setHeader and removeHeader, or does not call next at once.
 */
export function staticHeaders(middleware: RequestHandler): RequestHandler {
  const headers: [string, string | string[]][] = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.push([name, typeof value === 'number' ? String(value) : (value as string | string[])]);
    },
    removeHeader: (name: string) => removed.push(name),
  };
  let called = false;
  void middleware({} as Request, probe as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error('the header middleware did not finish at once');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
