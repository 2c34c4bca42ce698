import { problemTypes } from '@civic/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isStoreBusy } from '../db/store-busy.ts';
import { AppError, notFound, unavailable, validationError } from './app-error.ts';
import { sendUncached } from './send-uncached.ts';

/** Seconds a client is told to wait when the database had no connection free in time. */
const storeBusyRetryAfterSeconds = 2;

const isJson = (text: unknown): boolean => {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Errors raised by body parsing and other middleware before our code, mapped to problems. */
function fromFrameworkError(err: unknown): AppError | undefined {
  if (!err || typeof err !== 'object') return undefined;
  if (isStoreBusy(err)) {
    return unavailable('The database is busy; try again shortly.', storeBusyRetryAfterSeconds);
  }
  const e = err as { type?: string; status?: number; statusCode?: number };
  const status = e.status ?? e.statusCode;
  if (e.type === 'entity.too.large' || status === 413) {
    return new AppError(413, problemTypes.tooLarge, 'Payload too large', 'The request body is larger than allowed.');
  }
  if (e.type === 'entity.parse.failed') {
    // The parser takes only an object or a list; `null`, `42` or `"text"` are JSON all the same.
    if (isJson((err as { body?: unknown }).body)) {
      return validationError(
        [{ field: 'body', message: 'must be a JSON object', code: 'invalid_type', expected: 'object' }],
        'The request body is JSON but not an object.',
      );
    }
    return validationError(
      [{ field: 'body', message: 'is not valid JSON', code: 'invalid_json' }],
      'The request body is not valid JSON.',
    );
  }
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return new AppError(415, problemTypes.unsupportedMediaType, 'Unsupported media type', 'Send UTF-8 JSON.', [
      { field: 'Content-Type', message: 'must be application/json in UTF-8', code: 'unsupported_media_type' },
    ]);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, problemTypes.validation, 'Bad request', 'The request could not be read.');
  }
  return undefined;
}

/** Longest `instance` echoed back: a long query string (a pasted search) is not repeated in full. */
const maxInstanceLength = 512;

/** The request as the problem's `instance`: its URL, or only its path when the URL is long (both capped). */
function instanceOf(url: string, path: string): string {
  return (url.length <= maxInstanceLength ? url : path).slice(0, maxInstanceLength);
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(notFound(`No route for ${req.method} ${req.baseUrl}${req.path}.`));
};

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = err instanceof AppError ? err : fromFrameworkError(err);
  const problem =
    appError ??
    new AppError(500, problemTypes.internal, 'Internal error', 'Something went wrong on our side; it has been logged.');
  if (!appError) req.log?.error({ err }, 'unhandled error');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (problem.retryAfterSeconds !== undefined) res.set('Retry-After', String(problem.retryAfterSeconds));
  // An error is never kept by a cache nor revalidated: no ETag, no-store.
  const body = JSON.stringify(problem.toProblem(instanceOf(req.originalUrl, req.path)));
  sendUncached(res, problem.status, 'application/problem+json; charset=utf-8', body);
};
