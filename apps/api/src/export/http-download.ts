import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvSeparator } from '@civic/shared';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { csvWriterOptions } from './csv-rows.ts';

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
 * Pipes a source to the response with backpressure. If the client goes away, the pipeline
 * destroys the source, whose iterator's return() ends the database query and frees its connection.
 */
export async function sendStream(
  res: Response,
  headers: Record<string, string>,
  source: AsyncIterable<unknown>,
  ...transforms: Transform[]
): Promise<void> {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  try {
    await pipeline([Readable.from(source), ...transforms, res]);
  } catch (err) {
    if (isClientGone(err)) return;
    if (!res.headersSent) res.removeHeader('Content-Disposition');
    throw err;
  }
}

/** A stream of CSV text in the product's one format (`csvWriterOptions`: BOM, CRLF, neutralised, quoted cells). */
export function csvStringifier(columns: readonly string[], sep: CsvSeparator): Transform {
  return stringify(csvWriterOptions(columns, sep));
}

export const csvHeaders = (filename: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': attachment(filename),
});
