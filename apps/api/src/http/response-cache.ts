import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { localDay, nextCutoffChange, startOfLocalDay } from '@civic/shared';
import type { Request, RequestHandler, Response } from 'express';
import type { DataGeneration } from '../db/data-generation.ts';

interface Entry {
  generation: number;
  /** The local day the flags that move with the clock (overdue, stale) were judged for: its start and its end. */
  validFrom: number;
  validUntil: number;
  body: Buffer;
  etag: string;
  /** Compressed once, on the first request that accepts gzip, instead of on every request. */
  gzipped?: Buffer;
}

export interface ResponseCacheOptions {
  /** The database's data generation (db/data-generation.ts), read before every answer. */
  generation: DataGeneration;
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
  const { generation, now, timeZone } = options;
  const maxEntries = options.maxEntries ?? 500;
  const entries = new Map<string, Entry>();

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  /** The kept entry for `key` while it still holds at `at` for generation `current`, else undefined. */
  function fresh(entry: Entry | undefined, current: number, at: number): Entry | undefined {
    if (!entry || entry.generation !== current || at >= entry.validUntil || at < entry.validFrom) return undefined;
    return entry;
  }

  /** Sends an entry: gzipped bytes to a client that takes gzip (past 1 KB), else the JSON itself. */
  function send(req: Request, res: Response, entry: Entry) {
    res.vary('Accept-Encoding').type('application/json');
    if (entry.body.length > 1024 && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      entry.gzipped ??= gzipSync(entry.body);
      // A different representation needs its own strong validator.
      res.set({ 'Content-Encoding': 'gzip', ETag: `${entry.etag.slice(0, -1)}-gzip"` }).send(entry.gzipped);
      return;
    }
    res.set('ETag', entry.etag).send(entry.body);
  }

  return {
    /** Answers with compute()'s JSON, or with the bytes of an earlier answer to the same URL still true now. */
    async sendJson(req: Request, res: Response, compute: () => Promise<unknown>): Promise<void> {
      const key = req.originalUrl;
      // The generation is read before the data, so an entry can only ever be fresher than its key says.
      const current = await generation();
      const at = now();
      let entry = fresh(entries.get(key), current, at.getTime());
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
     * Middleware that answers a GET or HEAD with a kept answer still true now, before the router, so a
     * repeated read of the list or the figures skips route matching, the query's schema and the
     * middleware that only writes need. Only for paths in `publicPaths` (routes every visitor may
     * read: an entry is the same bytes for anyone) and only when no other middleware would change the
     * bytes: a request without Accept-Encoding, or one that takes gzip for a body past 1 KB (the
     * compression middleware leaves an encoded body alone). Anything else goes on to the route, which
     * answers from the same cache. The URL of an entry is one its route accepted, so skipping the
     * route's checks changes no answer (a test compares both answers header by header).
     */
    serveKept(publicPaths: ReadonlySet<string>): RequestHandler {
      return (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const key = req.originalUrl;
        const entry = entries.get(key);
        if (!entry || !publicPaths.has(req.path)) return next();
        const encodings = req.headers['accept-encoding'];
        if (encodings && !(entry.body.length > 1024 && req.acceptsEncodings('gzip', 'identity') === 'gzip')) {
          return next();
        }
        generation().then((current) => {
          const kept = fresh(entry, current, now().getTime());
          if (!kept) return next();
          remember(key, kept);
          send(req, res, kept);
        }, next);
      };
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
