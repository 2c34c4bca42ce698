import { problemTypes } from '@civic/shared';
import type { Request, Response } from 'express';
import { AppError } from '../errors/app-error.ts';
import type { Route } from './route.ts';

/** The media types a route reads its body as: its own list, JSON with a body schema, none without either. */
export function acceptedTypes(route: Pick<Route<unknown>, 'accepts' | 'body'>): readonly string[] {
  return route.accepts ?? (route.body ? ['application/json'] : []);
}

const listed = (types: readonly string[]) =>
  types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)}` : (types[0] ?? '');

/**
 * A body the route cannot read is a 415 (RFC 9110 §15.5.16) naming Content-Type and the types it
 * reads; `Accept-Post` or `Accept-Patch` says them too. A request without a body passes: its missing
 * fields are the route's 400.
 */
export function refuseUnsupportedType(req: Request, res: Response, accepted: readonly string[]): void {
  // req.is answers null when there is no body, false when the body is of none of the types.
  if (accepted.length === 0 || req.is([...accepted]) !== false) return;
  const method = req.method === 'PATCH' ? 'Patch' : req.method === 'POST' ? 'Post' : undefined;
  const error = new AppError(
    415,
    problemTypes.unsupportedMediaType,
    'Unsupported media type',
    `Send the body as ${listed(accepted)}.`,
    [
      {
        field: 'Content-Type',
        message: `must be ${listed(accepted)}, not ${req.headers['content-type'] ?? 'absent'}`,
        code: 'unsupported_media_type',
      },
    ],
  );
  if (method) res.setHeader(`Accept-${method}`, accepted.join(', '));
  throw error;
}
