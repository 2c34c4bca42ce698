import type { RequestHandler } from 'express';
import { match } from 'path-to-regexp';
import { validationError } from '../errors/app-error.ts';
import type { Route } from './route.ts';

/** Whether `text` is valid percent-encoding (RFC 3986, section 2.1) of UTF-8 text, as decodeURIComponent reads it. */
export function isPercentDecodable(text: string): boolean {
  if (!text.includes('%')) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The message of a path or query field whose bytes cannot be read, e.g. `%E0%A4%A`. */
export const badEncodingMessage = 'is not valid percent-encoded UTF-8 (RFC 3986, section 2.1)';

/**
 * Refuses a request whose path matches a route of the table but holds a parameter that is not
 * valid percent-encoding (`/api/initiatives/%E0%A4%A`): 400 problem+json naming the parameter
 * (`id`). Express would otherwise fail to decode it while matching, before any route's own
 * checks, with a 400 naming nothing. Paths are matched as Express matches them (path-to-regexp,
 * case-insensitive, trailing slash allowed), without decoding; a path without `%` costs one search.
 */
export function refuseBadlyEncodedParams(table: readonly Route<unknown>[]): RequestHandler {
  const matchers = [...new Set(table.map((route) => route.path).filter((path) => path.includes(':')))].map((path) =>
    match<Record<string, string>>(path, { decode: false }),
  );
  return (req, _res, next) => {
    if (!req.path.includes('%') || isPercentDecodable(req.path)) {
      next();
      return;
    }
    for (const matcher of matchers) {
      const found = matcher(req.path);
      if (!found) continue;
      const bad = Object.entries(found.params).filter(([, value]) => !isPercentDecodable(value));
      if (bad.length === 0) continue;
      throw validationError(
        bad.map(([name]) => ({ field: name, message: badEncodingMessage, code: 'bad_encoding' })),
        `The path parameter ${bad.map(([name]) => name).join(', ')} cannot be read: the path is not valid percent-encoded UTF-8.`,
      );
    }
    next();
  };
}
