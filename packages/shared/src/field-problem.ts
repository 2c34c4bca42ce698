/**
 * What is wrong with one field, said for machines: a `code` and its parameters, beside the English
 * `message` people read. The API sends them in each problem+json `errors[]` entry and the web app reads
 * them (the schemas' own check in a form included) to say the problem in the reader's language, so
 * neither side depends on the wording of a message.
 *
 * Codes from a schema's check (zod's issue codes, and the project's own):
 * - `required`: the field is missing (or, in a form, left empty);
 * - `too_big` / `too_small`: with `origin` (`string`: characters, `array`: entries, `number`, `bytes`, ...) and
 *   `maximum` / `minimum`;
 * - `invalid_type` (with `expected`), `invalid_format` (with `format`), `invalid_value`, `unrecognized_key`
 *   (a field the request does not have), and zod's other codes as zod names them;
 * - `after_today`: a day after today; `before_min` (with `minimum`, a day or the name of the field it
 *   must not be before) and `after_max` (with `maximum`): a day outside the allowed span;
 * - `invalid`: any other rule of the schema (its message says which).
 * Codes of the API's own checks: `invalid_json`, `unsupported_media_type`, `bad_encoding`, `repeated`,
 * `not_found` (an id that names nothing), `taken`, `not_verbatim`, `empty`, `conflict`, `not_allowed`.
 */
export interface FieldProblemCode {
  code: string;
  origin?: string;
  maximum?: number | string;
  minimum?: number | string;
  expected?: string;
  format?: string;
}

/** The parameters a custom check of a shared schema gives its issue (zod 4: `{ params: { problem: ... } }`). */
export interface CustomProblemParams {
  problem: 'after_today' | 'before_min' | 'after_max';
  minimum?: string;
  maximum?: string;
}

/** The parts of a zod issue read here; typed loosely so this module does not load zod. */
export interface IssueLike {
  code?: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  expected?: unknown;
  format?: unknown;
  params?: unknown;
}

const boundOf = (value: unknown): number | string | undefined =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : typeof value === 'bigint'
      ? Number(value)
      : undefined;

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as T;

/** The code and parameters of a schema's issue; `missing` when the value is absent (or left empty in a form). */
export function fieldProblemOf(issue: IssueLike, missing = false): FieldProblemCode {
  if (issue.code === 'custom') {
    const params = issue.params as Partial<CustomProblemParams> | undefined;
    if (!params?.problem) return { code: 'invalid' };
    return defined({ code: params.problem, minimum: params.minimum, maximum: params.maximum });
  }
  if (missing) return { code: 'required' };
  if (issue.code === 'too_big')
    return defined({ code: 'too_big', origin: issue.origin, maximum: boundOf(issue.maximum) });
  if (issue.code === 'too_small')
    return defined({ code: 'too_small', origin: issue.origin, minimum: boundOf(issue.minimum) });
  if (issue.code === 'invalid_type')
    return defined({ code: 'invalid_type', expected: typeof issue.expected === 'string' ? issue.expected : undefined });
  if (issue.code === 'invalid_format')
    return defined({ code: 'invalid_format', format: typeof issue.format === 'string' ? issue.format : undefined });
  if (issue.code === 'unrecognized_keys') return { code: 'unrecognized_key' };
  return { code: issue.code ?? 'invalid' };
}
