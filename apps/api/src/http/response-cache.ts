import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { localDay, nextCutoffChange, startOfLocalDay } from '@civic/shared';
import type { Request, Response } from 'express';
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

  return {
    /** Answers with compute()'s JSON, or with the bytes of an earlier answer to the same URL still true now. */
    async sendJson(req: Request, res: Response, compute: () => Promise<unknown>): Promise<void> {
      const key = req.originalUrl;
      // The generation is read before the data, so an entry can only ever be fresher than its key says.
      const current = await generation();
      let entry = entries.get(key);
      const at = now();
      if (
        !entry ||
        entry.generation !== current ||
        at.getTime() >= entry.validUntil ||
        at.getTime() < entry.validFrom
      ) {
        const body = Buffer.from(JSON.stringify(await compute()));
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        const validFrom = startOfLocalDay(localDay(at, timeZone), timeZone).getTime();
        entry = { generation: current, validFrom, validUntil: nextCutoffChange(at, timeZone).getTime(), body, etag };
      }
      remember(key, entry);
      res.vary('Accept-Encoding').type('application/json');
      if (entry.body.length > 1024 && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
        entry.gzipped ??= gzipSync(entry.body);
        // A different representation needs its own strong validator.
        res.set({ 'Content-Encoding': 'gzip', ETag: `${entry.etag.slice(0, -1)}-gzip"` }).send(entry.gzipped);
        return;
      }
      res.set('ETag', entry.etag).send(entry.body);
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
