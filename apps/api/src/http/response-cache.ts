import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { localDay, nextCutoffChange, startOfLocalDay } from '@civic/shared';
import accepts from 'accepts';
import type { Request, RequestHandler, Response } from 'express';
import fresh from 'fresh';
import type { DataGeneration, ImmediateGeneration } from '../db/data-generation.ts';
import type { RequestLog } from './request-log.ts';
import type { FixedHeaders } from './static-headers.ts';

interface Entry {
  generation: number;
  /** The local day the flags that move with the clock (overdue, stale) were judged for: its start and its end. */
  validFrom: number;
  validUntil: number;
  body: Buffer;
  etag: string;
  /** Compressed once, on the first request that accepts gzip, instead of on every request. */
  gzipped?: Buffer;
  /** The raw header lists `serveKept` writes, made on its first answer of each kind. */
  heads?: { plain?: string[]; gzip?: string[]; notModified?: string[]; gzipNotModified?: string[] };
}

export interface ResponseCacheOptions {
  /** The database's data generation (db/data-generation.ts), read before every answer. */
  generation: DataGeneration;
  /** The store's synchronous read of the generation, when it has one (SQLite): a kept answer then needs no await. */
  immediateGeneration?: ImmediateGeneration;
  now: () => Date;
  /** IANA zone whose midnight moves the overdue and stale flags. */
  timeZone: string;
  maxEntries?: number;
}

/**
 * Keeps the serialised JSON of read-only answers and sends the same bytes again while the database's
 * data generation (moved by every write, on any instance) and the clock-dependent flags stand still.
 */
export function createResponseCache(options: ResponseCacheOptions) {
  const { generation, immediateGeneration, now, timeZone } = options;
  const maxEntries = options.maxEntries ?? 500;
  const entries = new Map<string, Entry>();

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  /** The kept entry for `key` while it still holds at `at` for generation `current`, else undefined. */
  function stillTrue(entry: Entry | undefined, current: number, at: number): Entry | undefined {
    if (!entry || entry.generation !== current || at >= entry.validUntil || at < entry.validFrom) return undefined;
    return entry;
  }

  /** Whether a request that accepts `encodings` (its Accept-Encoding) gets the entry gzipped: past 1 KB, when gzip wins. */
  const wantsGzip = (req: IncomingMessage, entry: Entry) =>
    entry.body.length > 1024 && accepts(req).encodings('gzip', 'identity') === 'gzip';
  // A different representation needs its own strong validator.
  const gzipEtag = (entry: Entry) => `${entry.etag.slice(0, -1)}-gzip"`;

  /** Sends an entry through Express: gzipped bytes to a client that takes gzip (past 1 KB), else the JSON itself. */
  function send(req: Request, res: Response, entry: Entry) {
    res.vary('Accept-Encoding').type('application/json');
    if (wantsGzip(req, entry)) {
      entry.gzipped ??= gzipSync(entry.body);
      res.set({ 'Content-Encoding': 'gzip', ETag: gzipEtag(entry) }).send(entry.gzipped);
      return;
    }
    res.set('ETag', entry.etag).send(entry.body);
  }

  /**
   * Writes an entry through node's own response, with the headers and bytes `send` above has Express write:
   * the fixed headers, Vary, Content-Type, Content-Encoding when gzipped, ETag and Content-Length; a 304
   * without Content-Type, Content-Length or body when the request's validators match (`fresh`, as Express's
   * `req.fresh`); no body for HEAD. `gzip` is `wantsGzip`'s answer for this request, negotiated once by the
   * caller. A test holds the two answers equal, header for header and byte for byte.
   */
  function write(req: IncomingMessage, res: ServerResponse, entry: Entry, fixed: readonly string[], gzip: boolean) {
    const etag = gzip ? gzipEtag(entry) : entry.etag;
    if (gzip) entry.gzipped ??= gzipSync(entry.body);
    const body = (gzip && entry.gzipped) || entry.body;
    const notModified = req.headers['if-none-match'] !== undefined && fresh(req.headers, { etag });
    entry.heads ??= {};
    const heads = entry.heads;
    const kind = gzip ? (notModified ? 'gzipNotModified' : 'gzip') : notModified ? 'notModified' : 'plain';
    heads[kind] ??= [
      ...fixed,
      'Vary',
      'Accept-Encoding',
      ...(notModified ? [] : ['Content-Type', 'application/json; charset=utf-8']),
      ...(gzip ? ['Content-Encoding', 'gzip'] : []),
      'ETag',
      etag,
      ...(notModified ? [] : ['Content-Length', String(body.length)]),
    ];
    res.writeHead(notModified ? 304 : 200, heads[kind]);
    res.end(notModified || req.method === 'HEAD' ? undefined : body);
  }

  return {
    /** Answers with compute()'s JSON, or with the bytes of an earlier answer to the same URL still true now. */
    async sendJson(req: Request, res: Response, compute: () => Promise<unknown>): Promise<void> {
      const key = req.originalUrl;
      // The generation is read before the data, so an entry can only ever be fresher than its key says.
      const current = await generation();
      const at = now();
      let entry = stillTrue(entries.get(key), current, at.getTime());
      if (!entry) {
        const body = Buffer.from(JSON.stringify(await compute()));
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        const validFrom = startOfLocalDay(localDay(at, timeZone), timeZone).getTime();
        entry = { generation: current, validFrom, validUntil: nextCutoffChange(at, timeZone).getTime(), body, etag };
      }
      remember(key, entry);
      send(req, res, entry);
    },

    /**
     * The first middleware of the app: answers a GET or HEAD with a kept answer still true now, before
     * Express's other middleware and routers, writing it through node's response (`write` above). A
     * repeated read of the list or the figures then skips route matching, the query's schema, the
     * header middleware and Express's `send`. `log` starts the request's log line as the log middleware
     * would; `headers` are the fixed security headers every answer carries (static-headers.ts). Only for
     * paths in `publicPaths` (routes every visitor may read: an entry is the same bytes for anyone) and
     * only when no other middleware would change the bytes: a request without Accept-Encoding, or one
     * that takes gzip for a body past 1 KB (the compression middleware leaves an encoded body alone).
     * Anything else goes on (`next`) to the log, the headers and the route, which answers from the same
     * cache. The URL of an entry is one its route accepted, so skipping the route's checks changes no answer.
     */
    serveKept(publicPaths: ReadonlySet<string>, log: RequestLog, headers: FixedHeaders): RequestHandler {
      // `headers.removed` (helmet's X-Powered-By) needs no removing: before any other middleware, node's
      // response holds no header yet.
      const fixed = headers.raw;
      const answer = (
        req: IncomingMessage,
        res: ServerResponse,
        key: string,
        entry: Entry,
        current: number,
        gzip: boolean,
      ) => {
        const kept = stillTrue(entry, current, now().getTime());
        if (!kept) return false;
        remember(key, kept);
        log(req, res);
        write(req, res, kept, fixed, gzip);
        return true;
      };
      return (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const key = req.url;
        const entry = entries.get(key);
        if (!entry) return next();
        const query = key.indexOf('?');
        if (!publicPaths.has(query === -1 ? key : key.slice(0, query))) return next();
        // Without Accept-Encoding the answer is the JSON itself; with it, only a gzipped answer is written here.
        const gzip = req.headers['accept-encoding'] !== undefined && wantsGzip(req, entry);
        if (req.headers['accept-encoding'] && !gzip) return next();
        const current = immediateGeneration?.();
        if (current !== undefined) {
          if (!answer(req, res, key, entry, current, gzip)) next();
          return;
        }
        generation().then((value) => {
          if (!answer(req, res, key, entry, value, gzip)) next();
        }, next);
      };
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
