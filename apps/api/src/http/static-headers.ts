import type { Request, RequestHandler, Response } from 'express';

/**
 * What a header-only middleware does to every response: the headers it sets, in order, and those it removes;
 * `raw` is `set` as the flat name, value, name, value… list node's `writeHead` takes (a header with several
 * values appears once per value).
 */
export interface FixedHeaders {
  set: readonly (readonly [string, string | string[]])[];
  removed: readonly string[];
  raw: readonly string[];
}

/**
 * Runs a header-only middleware (helmet) once, at start-up, and records what it does to a response.
 * helmet's headers do not depend on the request (no CSP nonce here). Throws if the middleware wants
 * more of the request than setHeader and removeHeader, or does not call next at once.
 */
export function fixedHeaders(middleware: RequestHandler): FixedHeaders {
  const set: [string, string | string[]][] = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      set.push([name, typeof value === 'number' ? String(value) : (value as string | string[])]);
    },
    removeHeader: (name: string) => removed.push(name),
  };
  let called = false;
  void middleware({} as Request, probe as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error('the header middleware did not finish at once');
  const raw = set.flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, value]));
  return { set, removed, raw };
}

/**
 * One middleware that sets on every response the headers `fixedHeaders` recorded of `middleware`.
 * helmet sets each of its twelve through a middleware of its own, which the profile of the production
 * server under load showed on every request. Throws as `fixedHeaders` does.
 */
export function staticHeaders(middleware: RequestHandler | FixedHeaders): RequestHandler {
  const { set, removed } = typeof middleware === 'function' ? fixedHeaders(middleware) : middleware;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
