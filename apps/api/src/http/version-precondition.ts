import { problemTypes } from '@civic/shared';
import { AppError, validationError } from '../errors/app-error.ts';

// The version, then (as versionEtag writes it) the local day the answer was judged on.
const etagPattern = /^\s*"(\d{1,15})(?:-\d{8})?"\s*$/;

// A weak entity tag (RFC 9110 §8.8.1): W/ before the quoted tag.
const weakPattern = /^\s*W\/"/;

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
 * the body's field disagrees with, is a 400. A weak entity tag is the caller's to refuse first (`isWeak`,
 * `weakTagRefused`: a 412, after the 404 of a path that names nothing); here it reads as malformed.
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

/** Whether If-Match carries a weak entity tag (`W/"3-20270301"`). */
export const isWeak = (ifMatch: string | undefined): boolean => ifMatch !== undefined && weakPattern.test(ifMatch);

/**
 * The 412 of a weak entity tag in If-Match. RFC 9110 §13.1.1: If-Match uses the strong comparison, so a
 * weak tag never matches whatever the version; the ETags this API sends for a version are strong.
 */
export function weakTagRefused(): AppError {
  return new AppError(
    412,
    problemTypes.preconditionFailed,
    'Precondition failed',
    'If-Match compares entity tags strongly: a weak tag (W/"…") never matches. Send the ETag as this API sent it, e.g. "3-20270301".',
    [{ field: 'If-Match', message: 'a weak entity tag never matches', code: 'invalid' }],
  );
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
