import { z } from 'zod';

/**
 * One field's problem in a 400: the field (a dotted path, or a header's name), what is wrong in English,
 * and the same for machines: `code` and its parameters (see field-problem.ts for every code).
 */
export const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.string().describe('What is wrong, in English, for people; its wording may change: read `code`.'),
  code: z
    .string()
    .describe(
      'What is wrong, for machines: required, too_big, too_small, invalid_type, invalid_format, invalid_value, ' +
        'unrecognized_key, after_today, before_min, after_max, invalid_json, unsupported_media_type, bad_encoding, ' +
        'repeated, not_found, taken, not_verbatim, empty, conflict, not_allowed, or invalid (any other rule).',
    ),
  origin: z
    .string()
    .optional()
    .describe(
      'For too_big and too_small: what is measured (string: characters, array: entries, number, bytes: the size of a file or text).',
    ),
  maximum: z
    .union([z.number(), z.string()])
    .optional()
    .describe('For too_big and after_max: the largest allowed (a number, or a day YYYY-MM-DD).'),
  minimum: z
    .union([z.number(), z.string()])
    .optional()
    .describe(
      'For too_small and before_min: the least allowed (a number, a day YYYY-MM-DD, or a field it must not precede).',
    ),
  expected: z.string().optional().describe('For invalid_type: the type the field takes.'),
  format: z.string().optional().describe('For invalid_format: the format the field takes (e.g. date, url).'),
});
export type FieldErrorBody = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, with per-field errors for validation failures. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/**
 * The `type` of every problem the API sends (README, "Problem types"). Three 409s: version-conflict only
 * for a stale version (member `current`, `stale` or `conflicts`); already-exists when what the write
 * would make exists already (an id or username taken, a text already a source, an import confirmed, a
 * dry run applied); state-conflict when the thing's state forbids the write otherwise.
 */
export const problemTypes = {
  validation: '/problems/validation-error',
  notFound: '/problems/not-found',
  conflict: '/problems/version-conflict',
  alreadyExists: '/problems/already-exists',
  stateConflict: '/problems/state-conflict',
  preconditionRequired: '/problems/precondition-required',
  preconditionFailed: '/problems/precondition-failed',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  tooLarge: '/problems/payload-too-large',
  tooManyRequests: '/problems/too-many-requests',
  unsupportedMediaType: '/problems/unsupported-media-type',
  methodNotAllowed: '/problems/method-not-allowed',
  headersTooLarge: '/problems/request-headers-too-large',
  requestTimeout: '/problems/request-timeout',
  malformedRequest: '/problems/malformed-request',
  unavailable: '/problems/service-unavailable',
  internal: '/problems/internal-error',
} as const;
