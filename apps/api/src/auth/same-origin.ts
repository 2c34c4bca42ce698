import type { RequestHandler } from 'express';
import { forbidden } from '../errors/app-error.ts';
import { requestOrigin } from '../http/request-origin.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * Refuses state-changing requests sent from another site, on top of the SameSite cookie:
 * a browser marks them with Sec-Fetch-Site or an Origin that is not this server's.
 */
export function sameOriginWrites(publicUrl?: string): RequestHandler {
  const publicOrigin = publicUrl ? originOf(publicUrl) : undefined;
  return (req, _res, next) => {
    if (safeMethods.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') throw forbidden('Writes from another site are refused.');
    const origin = req.get('origin');
    if (origin !== undefined) {
      const own = requestOrigin(req);
      if (origin !== own && origin !== publicOrigin) throw forbidden('Writes from another origin are refused.');
    }
    next();
  };
}
