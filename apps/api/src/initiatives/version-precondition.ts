import { problemTypes } from '@civic/shared';
import { AppError, validationError } from '../errors/app-error.ts';

const etagPattern = /^\s*(?:W\/)?"(\d{1,15})"\s*$/;

export const versionEtag = (version: number) => `"${version}"`;

/** The version the client saw: the body's version field or an If-Match ETag; neither is 428. */
export function expectedVersion(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  const fromHeader = ifMatch === undefined ? undefined : etagPattern.exec(ifMatch)?.[1];
  if (ifMatch !== undefined && fromHeader === undefined) {
    throw validationError([{ field: 'version', message: 'If-Match must be the ETag of the initiative, e.g. "3"' }]);
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
      'Send the version you saw, as the version field or an If-Match header.',
      [{ field: 'version', message: 'required' }],
    );
  }
  return version;
}
