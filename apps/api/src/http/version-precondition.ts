import { problemTypes } from '@civic/shared';
import { AppError, validationError } from '../errors/app-error.ts';

// The version, then (as versionEtag writes it) the local day the answer was judged on.
const etagPattern = /^\s*(?:W\/)?"(\d{1,15})(?:-\d{8})?"\s*$/;

/**
 * The ETag of an initiative's or a milestone's answer: its version and the local day ("YYYY-MM-DD" in
 * TIME_ZONE) its overdue and stale flags were judged on, e.g. "4-20270301". The flags move at midnight
 * with no write, so a conditional GET after midnight must not get a 304 for yesterday's answer.
 */
export const versionEtag = (version: number, today: string) => `"${version}-${today.replaceAll('-', '')}"`;

// RFC 9110 §13.1.1: `*` matches any current representation, so it says nothing of the version seen;
// every write here must name one (lost-update protection), so `*` alone is as good as no header.
const isAnyVersion = (ifMatch: string | undefined) => ifMatch?.trim() === '*';

/**
 * The version the client saw: the body's version field or an If-Match ETag (its day is ignored), or
 * undefined when neither names one (then `versionRequired` is the answer). A malformed If-Match, or one
 * the body's field disagrees with, is a 400.
 */
export function versionSent(bodyVersion: number | undefined, ifMatch: string | undefined): number | undefined {
  if (isAnyVersion(ifMatch)) ifMatch = undefined;
  const fromHeader = ifMatch === undefined ? undefined : etagPattern.exec(ifMatch)?.[1];
  if (ifMatch !== undefined && fromHeader === undefined) {
    throw validationError([
      {
        field: 'version',
        message: 'If-Match must be an ETag this API sent, e.g. "3-20270301"',
        code: 'invalid_format',
        format: 'etag',
      },
    ]);
  }
  if (bodyVersion !== undefined && fromHeader !== undefined && Number(fromHeader) !== bodyVersion) {
    throw validationError([{ field: 'version', message: 'the version field and If-Match disagree', code: 'conflict' }]);
  }
  return bodyVersion ?? (fromHeader === undefined ? undefined : Number(fromHeader));
}

/** The 428 of a write that names no version seen (`ifMatch` is the header it sent, if any). */
export function versionRequired(ifMatch: string | undefined): AppError {
  const anyVersion = isAnyVersion(ifMatch);
  return new AppError(
    428,
    problemTypes.preconditionRequired,
    'Precondition required',
    anyVersion
      ? 'If-Match: * does not say which version you saw; send its ETag, or the version field.'
      : 'Send the version you saw, as the version field or an If-Match header.',
    [
      anyVersion
        ? { field: 'version', message: 'If-Match: * names no version', code: 'invalid' }
        : { field: 'version', message: 'required', code: 'required' },
    ],
  );
}
