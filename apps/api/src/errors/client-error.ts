import type { Socket } from 'node:net';
import { problemTypes } from '@civic/shared';

interface ParserRefusal {
  status: number;
  title: string;
  type: string;
  detail: string;
}

/** What Node's HTTP parser refused, by its error code, as the status the client should see. */
const refusals = new Map<string | undefined, ParserRefusal>([
  [
    'HPE_HEADER_OVERFLOW',
    {
      status: 431,
      title: 'Request header fields too large',
      type: problemTypes.headersTooLarge,
      detail: 'The request headers (or the URL) are larger than the server reads.',
    },
  ],
  [
    'ERR_HTTP_REQUEST_TIMEOUT',
    {
      status: 408,
      title: 'Request timeout',
      type: problemTypes.requestTimeout,
      detail: 'The request did not arrive in time.',
    },
  ],
]);

/** Any other refusal: malformed framing, a bad method or header line. */
const malformed: ParserRefusal = {
  status: 400,
  title: 'Bad request',
  type: problemTypes.malformedRequest,
  detail: 'The request could not be read.',
};

/**
 * Answers requests the HTTP parser rejects before Express sees them (an oversized URL or header,
 * malformed framing) with problem+json and the same protective headers as every other answer.
 */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  // As Node's own handler does: never write into a connection whose current answer has begun.
  const current = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, title, type, detail } = refusals.get(err.code) ?? malformed;
  const body = JSON.stringify({ type, title, status, detail });
  // A HEAD request gets the headers only, or the client would read the body as the next answer.
  const head = err.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(
    [
      `HTTP/1.1 ${status} ${title}`,
      'Content-Type: application/problem+json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'X-Frame-Options: DENY',
      'Referrer-Policy: no-referrer',
      'Cache-Control: no-store',
      'Connection: close',
      '',
      head ? '' : body,
    ].join('\r\n'),
  );
}
