import type { Response } from 'express';

/**
 * Sends `body` (a string, written as UTF-8) with `status`, `Content-Type: contentType` and
 * `Cache-Control: no-store`, and without an ETag: for an answer no cache may keep or revalidate (an
 * error, a "not found" page, a probe), so the next request asks again. Written with `writeHead` and
 * `end` rather than `res.send`, which would hash the body into an ETag and check the request's
 * freshness. Headers set before (the security headers, Retry-After, Allow) are kept; a HEAD request
 * gets the headers alone (Node drops the body).
 */
export function sendUncached(res: Response, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body);
  res
    .writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length, 'Cache-Control': 'no-store' })
    .end(bytes);
}
