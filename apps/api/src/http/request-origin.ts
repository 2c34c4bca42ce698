import type { Request } from 'express';
import { validationError } from '../errors/app-error.ts';

const schemes = new Set(['http', 'https']);
// A host name or IPv4 address, or a bracketed IPv6 address, and an optional port (RFC 9110, section 7.2).
const hostPattern = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/**
 * The origin the client sent the request to, such as "https://civic.example.kz", the one place the app
 * builds it. The scheme is Express's req.protocol (X-Forwarded-Proto from a trusted proxy, else the
 * socket's) and the host req.host (X-Forwarded-Host from a trusted proxy, else Host). Only http and
 * https are schemes here: anything else would put a "javascript:" link in a feed or a CSV file. Throws a
 * 400 problem naming the header when either is not what it claims to be.
 */
export function requestOrigin(req: Request): string {
  const scheme = req.protocol.toLowerCase();
  if (!schemes.has(scheme)) {
    throw validationError(
      [{ field: 'X-Forwarded-Proto', message: 'must be http or https', code: 'invalid_value' }],
      'The request names a scheme other than http or https.',
    );
  }
  const host = req.host;
  if (!host || !hostPattern.test(host)) {
    throw validationError(
      [{ field: 'Host', message: 'must be a host name and an optional port', code: 'invalid_format', format: 'host' }],
      'The Host is not a host.',
    );
  }
  return new URL(`${scheme}://${host}`).origin;
}

/** The absolute base for links in exports and feeds: PUBLIC_URL when configured, else the request's origin. */
export function publicBase(req: Request, publicUrl: string | undefined): string {
  return (publicUrl ?? requestOrigin(req)).replace(/\/+$/, '');
}
