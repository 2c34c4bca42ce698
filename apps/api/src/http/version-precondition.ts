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

/** The version the client saw: the body's version field or an If-Match ETag (its day is ignored); neither is 428. */
export function expectedVersion(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  // RFC 9110 §13.1.1: `*` matches any current representation, so it says nothing of the version seen;
  // every write here must name one (lost-update protection), so `*` alone is as good as no header.
  const anyVersion = ifMatch?.trim() === '*';
  if (anyVersion) ifMatch = undefined;
  const fromHeader = ifMatch === undefined ? undefined : etagPattern.exec(ifMatch)?.[1];
  if (ifMatch !== undefined && fromHeader === undefined) {
    throw validationError([{ field: 'version', message: 'If-Match must be an ETag this API sent, e.g. "3-20270301"' }]);
  }
  if (bodyVersion !== undefined && fromHeader !== undefined && Number(fromHeader) !== bodyVersion) {
    throw validationError([{ field: 'version', message: 'the version field and If-Match disagree' }]);
  }
  const version = bodyVersion ?? (fromHeader === undefined ? undefined : Number(fromHeader));
  if (version === undefined) {
    throw new AppError(
      428,
      problemTypes.preconditionRequired,
      'Precondition required',
      anyVersion
        ? 'If-Match: * does not say which version you saw; send its ETag, or the version field.'
        : 'Send the version you saw, as the version field or an If-Match header.',
      [{ field: 'version', message: anyVersion ? 'If-Match: * names no version' : 'required' }],
    );
  }
  return version;
}
