import { fieldProblemOf, isListParam } from '@civic/shared';
import type { Request } from 'express';
import type { z } from 'zod';
import { type FieldError, notFound, validationError } from '../errors/app-error.ts';
import { badEncodingMessage, isPercentDecodable } from './path-encoding.ts';
import { nounOf } from './route.ts';

/**
 * Whether a zod issue's path leads to nothing in the input: the field is missing. A path that runs into
 * a string goes into what the schema made of it (`status=a,b` split into a list), so the value is there
 * and the issue's own words say what is wrong with it.
 */
const isMissing = (input: unknown, path: readonly PropertyKey[]): boolean => {
  let value = input;
  for (const key of path) {
    if (value === undefined || value === null) return true;
    if (typeof value !== 'object') return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
};

/** zod's own bound on an integer (`.int()` keeps to the safe range), beside the bound the schema sets. */
const isSafeIntegerBound = (issue: z.core.$ZodIssue) =>
  (issue.code === 'too_big' && Number(issue.maximum) === Number.MAX_SAFE_INTEGER) ||
  (issue.code === 'too_small' && Number(issue.minimum) === Number.MIN_SAFE_INTEGER);

/**
 * Each issue of a failed parse as the field it names (dotted path; `where` when it names none) and what is
 * wrong with it, said once: a missing field "is required" (zod would say "expected string, received
 * undefined", or "Invalid option" for a list of values); a value of the wrong type is named by its type
 * alone (a password sent as a list: "expected string, received array", not also the length the list
 * falls short of); and a number past zod's safe-integer bound is reported by the schema's own bound alone
 * (`pageSize=1e23`: "Too big: expected number to be <=100", not also "<=9007199254740991").
 */
const fieldErrors = (error: z.ZodError, where: 'query' | 'body', input: unknown): FieldError[] => {
  const keyOf = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.');
  // A value the schema did not expect at all: its type is the one thing to say of that field.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map(keyOf));
  const errors = error.issues.flatMap((issue): FieldError[] => {
    const pathText = keyOf(issue);
    // Each field the schema does not know is named on its own: `note` and `bogus`, not `note,bogus`.
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0)
      return issue.keys.map((key) => ({
        field: [pathText, key].filter(Boolean).join('.'),
        message: 'is not a field of this request',
        code: 'unrecognized_key',
      }));
    const field = pathText || where;
    // A refinement over several fields (`give either source or noSource`) keeps its own words.
    if (issue.code !== 'custom' && isMissing(input, issue.path))
      return [{ field, message: 'is required', code: 'required' }];
    if (issue.code !== 'invalid_type' && wrongType.has(pathText)) return [];
    if (isSafeIntegerBound(issue) && error.issues.some((other) => other !== issue && keyOf(other) === pathText))
      return [];
    return [{ field, message: issue.message, ...fieldProblemOf(issue) }];
  });
  return errors.filter(
    (error, index) => errors.findIndex((e) => e.field === error.field && e.message === error.message) === index,
  );
};

const invalidFields = (errors: FieldError[], where: 'query' | 'body') =>
  validationError(errors, `The ${where} has invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`);

/** Parses input with a shared schema; failures become a 400 naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidFields(fieldErrors(result.error, where, input), where);
}

/**
 * The fields of the raw query string (`a=1&b=2`, before decoding) whose name or value is not valid
 * percent-encoded UTF-8. Express's parser (node:querystring) would read them with U+FFFD in place
 * of the bad bytes and the search would run on text nobody typed; they are named instead. A name
 * that cannot be read is reported as `query`.
 */
function badlyEncodedFields(rawQuery: string): FieldError[] {
  if (!rawQuery.includes('%')) return [];
  const errors: FieldError[] = [];
  for (const part of rawQuery.split('&')) {
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    const value = equals === -1 ? '' : part.slice(equals + 1);
    const error = !isPercentDecodable(name)
      ? { field: 'query', message: `a parameter name ${badEncodingMessage}`, code: 'bad_encoding' }
      : !isPercentDecodable(value)
        ? { field: decodeURIComponent(name.replaceAll('+', ' ')), message: badEncodingMessage, code: 'bad_encoding' }
        : undefined;
    // A field given twice, badly both times, is named once.
    if (error && !errors.some((known) => known.field === error.field)) errors.push(error);
  }
  return errors;
}

/**
 * Parses a route's query with its schema: 400 naming each bad field. Before the schema, two rules
 * hold for every route: each name and value must be valid percent-encoding (`badlyEncodedFields`),
 * and a field is given once unless the schema declares it a list (`isListParam` in
 * @civic/shared, e.g. `status=a&status=b`): a repeated one is named ("may be given only once")
 * rather than reaching the schema as an array, which would say only "expected string".
 */
export function parseQuery<T extends z.ZodObject>(schema: T, req: Request): z.output<T> {
  const url = req.originalUrl;
  const mark = url.indexOf('?');
  const encodingErrors = mark === -1 ? [] : badlyEncodedFields(url.slice(mark + 1));
  if (encodingErrors.length > 0) throw invalidFields(encodingErrors, 'query');
  const input = req.query as Record<string, unknown>;
  const shape = schema.shape as Record<string, z.ZodType>;
  const repeated = Object.entries(input).filter(
    ([name, value]) => Array.isArray(value) && Object.hasOwn(shape, name) && !isListParam(shape[name] as z.ZodType),
  );
  if (repeated.length === 0) return parseInput(schema, input, 'query');
  const repeatErrors = repeated.map(([name, value]) => ({
    field: name,
    message: `may be given only once; it was given ${(value as unknown[]).length} times`,
    code: 'repeated',
  }));
  // The other fields are still checked, so one answer names every fault.
  const others = schema.safeParse(input);
  const otherErrors = others.success
    ? []
    : fieldErrors(others.error, 'query', input).filter((error) => !repeated.some(([name]) => error.field === name));
  throw invalidFields([...repeatErrors, ...otherErrors], 'query');
}

/** Parses path parameters in order; one that is not well-formed cannot name anything: 404, like any unknown id. */
export function parsePathParams<T extends z.ZodObject>(schema: T, input: Record<string, string>): z.output<T> {
  const parsed: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const result = field.safeParse(input[name]);
    if (!result.success) throw notFound(`No ${nounOf(field)} with id "${String(input[name]).slice(0, 100)}".`);
    parsed[name] = result.data;
  }
  return parsed as z.output<T>;
}
