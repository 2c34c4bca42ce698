import { Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { CsvSeparator } from '@civic/shared';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { csvWriterOptions } from './csv-rows.ts';
import { createExportSlots } from './export-slots.ts';
import { writeTextInTurns } from './text-in-turns.ts';

// RFC 5987 attr-chars are unreserved, plus a few that encodeURIComponent leaves alone but must not.
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** attachment with a plain ASCII filename and its exact UTF-8 form, so every browser saves it right. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** day is the local "YYYY-MM-DD" of the download (calendar.ts), so a file saved after midnight in Aktobe says so. */
export const datedFilename = (name: string, day: string, extension: string) =>
  `civic-monitor-${name}-${day}.${extension}`;

const isClientGone = (err: unknown) => (err as { code?: string } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';

/**
 * Destroys the response once no byte of it has gone out to the socket for `timeoutMs` (checked a
 * few times per period, so the cut comes between 1 and 1.25 periods after the last progress): a
 * client that stopped reading holds its connection and export slot no longer than that.
 * Returns the function that stops watching.
 */
export function cutWhenStalled(res: Response, timeoutMs: number): () => void {
  const socket = res.socket;
  if (!socket || timeoutMs <= 0) return () => undefined;
  // bytesWritten counts what was handed to the socket; it stands still while the peer does not read.
  let written = socket.bytesWritten;
  let progressAt = Date.now();
  const timer = setInterval(
    () => {
      if (socket.bytesWritten !== written) {
        written = socket.bytesWritten;
        progressAt = Date.now();
      } else if (Date.now() - progressAt >= timeoutMs) {
        clearInterval(timer);
        res.req.log?.warn(
          { stallTimeoutMs: timeoutMs, bytesWritten: written },
          'download cut: the client stopped reading',
        );
        res.destroy();
      }
    },
    Math.min(1000, Math.max(10, timeoutMs / 4)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

export interface DownloadLimits {
  /** Exports streaming at once on this instance; one more gets 503 with Retry-After. */
  maxConcurrent: number;
  /** A download that makes no progress for this long, in ms, is cut (0: never). */
  stallTimeoutMs: number;
}

/**
 * Answers a HEAD request for a download with the headers its GET would carry (a streamed file has no
 * Content-Length) and no body, without taking an export slot or starting the source: the file is never
 * made only to be thrown away. True when it answered.
 */
function answeredHead(res: Response, headers: Record<string, string>): boolean {
  if (res.req.method !== 'HEAD') return false;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  res.status(200).end();
  return true;
}

/**
 * Sends streamed downloads within the limits: takes an export slot (or answers 503), pipes the
 * source to the response with backpressure, and cuts a response that stops draining. If the client
 * goes away or is cut, the pipeline ends the source, whose iterator's return() stops reading; the
 * sources read the database in short keyset pages, so a stalled download holds no connection.
 */
export function createDownloads(limits: DownloadLimits) {
  const slots = createExportSlots(limits.maxConcurrent);
  return {
    async send(
      res: Response,
      headers: Record<string, string>,
      source: AsyncIterable<unknown>,
      ...transforms: Transform[]
    ): Promise<void> {
      if (answeredHead(res, headers)) return;
      const release = slots.take();
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.setHeader('Cache-Control', 'no-store');
      const stopWatching = cutWhenStalled(res, limits.stallTimeoutMs);
      try {
        // One item read ahead (a CSV item is a page of rows), not the object-mode default of 16.
        await pipeline([Readable.from(source, { highWaterMark: 1 }), ...transforms, res]);
      } catch (err) {
        if (isClientGone(err)) return;
        if (!res.headersSent) res.removeHeader('Content-Disposition');
        throw err;
      } finally {
        stopWatching();
        release();
      }
    },

    /**
     * Sends text made a piece at a time (a keyset page of CSV lines) within the same limits, written as UTF-8
     * through two buffers used in turn (`writeTextInTurns`), with the same backpressure, stall cut and stop
     * when the client goes away. An error before the first byte is answered as any other; after it, the
     * response is cut.
     */
    async sendText(res: Response, headers: Record<string, string>, pieces: AsyncIterable<Iterable<string>>) {
      if (answeredHead(res, headers)) return;
      const release = slots.take();
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.setHeader('Cache-Control', 'no-store');
      const stopWatching = cutWhenStalled(res, limits.stallTimeoutMs);
      try {
        if ((await writeTextInTurns(res, pieces)) === 'closed') return;
        await finished(res);
      } catch (err) {
        if (isClientGone(err)) return;
        if (!res.headersSent) res.removeHeader('Content-Disposition');
        else res.destroy();
        throw err;
      } finally {
        stopWatching();
        release();
      }
    },
  };
}

export type Downloads = ReturnType<typeof createDownloads>;

/**
 * Turns batches of records (one per keyset page) into CSV text in the product's one format
 * (`csvWriterOptions`: BOM, CRLF, neutralised, quoted cells): one string and one write per batch instead
 * of a stream step per row. The BOM and header row come with the first batch, or alone when there is none.
 */
export function csvBatchWriter(columns: readonly string[], sep: CsvSeparator): Transform {
  const options = csvWriterOptions(columns, sep);
  let first = true;
  const text = (records: object[]) => {
    const csv = stringify(records, first ? options : { ...options, header: false, bom: false });
    first = false;
    return csv;
  };
  return new Transform({
    writableObjectMode: true,
    writableHighWaterMark: 1,
    transform(records: object[], _encoding, done) {
      done(null, text(records));
    },
    flush(done) {
      done(null, first ? text([]) : undefined);
    },
  });
}

export const csvHeaders = (filename: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': attachment(filename),
});
