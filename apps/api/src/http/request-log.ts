import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request's number in this process, 1, 2, … (wraps at 2^31), as in its log line. */
    id?: number;
    /** A logger whose lines carry this request (`req: { id, method, url }`); made on first use. */
    log: Logger;
  }
}

const startedAt = Symbol('startedAt');
const requestLogger = Symbol('requestLogger');
const logged = Symbol('logged');

interface Logged {
  [startedAt]?: number;
  [requestLogger]?: Logger;
  [logged]?: boolean;
}

/** What a request's line says about the request: no headers, so no cookie or token can reach the log. */
const requestFields = (req: IncomingMessage & { originalUrl?: string }) => ({
  id: req.id,
  method: req.method,
  url: req.originalUrl ?? req.url,
});

/** Starts a request's log line: numbers the request and writes its line when the response closes. */
export type RequestLog = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Logs one line per request, when its response closes, on the root logger:
 * `{"level":30,…,"req":{"id":7,"method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":1,"msg":"request completed"}`
 * — `responseTime` in whole ms; level `error` and `"err"` (pino's error serializer) with "request errored"
 * for a status of 500 or more or a response that failed; "request aborted" when the client left first.
 * These are the lines pino-http 11 wrote with this app's serializers (same fields, same order, same
 * messages), without the child logger it made for every request: `req.log` (a logger bound to the
 * request, for the rare line a route writes) is made only when something reads it. The middleware's
 * `begin` does the same for a request answered before Express has dressed it (response-cache.ts).
 */
export function logRequests(app: Express, logger: Logger): RequestHandler & { begin: RequestLog } {
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Request & Logged) {
      this[requestLogger] ??= logger.child({ req: requestFields(this) });
      return this[requestLogger];
    },
  });

  // The line's fields are fixed (above) and carry no body, header or credential, so it needs none of the
  // root logger's redaction, which would otherwise walk every field of every request's line.
  const lines = logger.child({}, { redact: [] });

  function line(req: IncomingMessage & Logged, res: ServerResponse & Logged, err: Error | undefined) {
    if (res[logged]) return;
    res[logged] = true;
    const responseTime = Date.now() - (res[startedAt] ?? 0);
    if (err || res.statusCode >= 500) {
      lines.error(
        {
          req: requestFields(req),
          res: { statusCode: res.statusCode },
          err: err ?? new Error(`failed with status code ${res.statusCode}`),
          responseTime,
        },
        'request errored',
      );
      return;
    }
    lines.info(
      { req: requestFields(req), res: { statusCode: res.statusCode }, responseTime },
      !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted',
    );
  }
  // Shared by every response (no closure per request); `this` is the response.
  function onClose(this: ServerResponse) {
    line(this.req, this, undefined);
  }
  function onError(this: ServerResponse, err: Error) {
    line(this.req, this, err);
  }

  let lastId = 0;
  const maxId = 2147483647;
  const begin: RequestLog = (req, res) => {
    lastId = (lastId + 1) & maxId;
    req.id = lastId;
    (res as ServerResponse & Logged)[startedAt] = Date.now();
    res.on('close', onClose);
    res.on('error', onError);
  };
  const middleware: RequestHandler & { begin: RequestLog } = (req, res, next) => {
    begin(req, res);
    next();
  };
  middleware.begin = begin;
  return middleware;
}
