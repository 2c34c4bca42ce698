import { z } from 'zod';

/** RFC 9457 problem details, with per-field errors for validation failures. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const problemTypes = {
  validation: '/problems/validation-error',
  notFound: '/problems/not-found',
  conflict: '/problems/version-conflict',
  preconditionRequired: '/problems/precondition-required',
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
