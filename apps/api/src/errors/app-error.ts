import { type FieldErrorBody, type Problem, problemTypes } from '@civic/shared';

/** One field's problem: `{ field, message, code }` and the code's parameters (field-problem.ts in @civic/shared). */
export type FieldError = FieldErrorBody;

/** The one error type: carries what the problem+json answer says. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem document, such as the current state on a conflict. */
    readonly extra?: Record<string, unknown>,
    /** Sent as the Retry-After header: when, in seconds, the client may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail ?? title);
  }

  toProblem(instance?: string): Problem & Record<string, unknown> {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

/** A refusal the client may retry: the answer carries Retry-After (RFC 9110, section 10.2.3). */
export class RetryLaterError extends AppError {
  constructor(status: 429 | 503, type: string, title: string, detail: string, retryAfterSeconds: number) {
    super(status, type, title, detail, undefined, undefined, retryAfterSeconds);
  }
}

export const validationError = (errors: FieldError[], detail = 'The request has invalid fields.') =>
  new AppError(400, problemTypes.validation, 'Invalid request', detail, errors);

export const notFound = (detail: string) => new AppError(404, problemTypes.notFound, 'Not found', detail);

export const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new AppError(409, problemTypes.conflict, 'Version conflict', detail, undefined, extra);

/** 409: what the write would make exists already (an id or username taken, an import confirmed); not a stale version. */
export const alreadyExists = (detail: string, errors?: FieldError[], extra?: Record<string, unknown>) =>
  new AppError(409, problemTypes.alreadyExists, 'Already exists', detail, errors, extra);

/** 409: the thing's state forbids the write (not a stale version, nothing already made). */
export const stateConflict = (detail: string) => new AppError(409, problemTypes.stateConflict, 'Conflict', detail);

export const unauthorized = (detail = 'Log in to do this.') =>
  new AppError(401, problemTypes.unauthorized, 'Unauthorized', detail);

export const forbidden = (detail = 'You may not do this.') =>
  new AppError(403, problemTypes.forbidden, 'Forbidden', detail);

/** 503 with Retry-After: a shared resource (export slots, database connections) is taken for now. */
export const unavailable = (detail: string, retryAfterSeconds: number) =>
  new AppError(503, problemTypes.unavailable, 'Service unavailable', detail, undefined, undefined, retryAfterSeconds);
