import { slugSchema } from '@civic/shared';
import type { z } from 'zod';
import { notFound, validationError } from '../errors/app-error.ts';

/** Parses input with a shared schema; failures become a 400 naming each field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  where: 'query' | 'body' | 'path',
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const pathText = issue.path.map(String).join('.');
    const field = keys.length > 0 ? [pathText, keys.join(',')].filter(Boolean).join('.') : pathText || where;
    return { field, message: issue.message };
  });
  throw validationError(
    errors,
    `The ${where} has invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`,
  );
}

/** A path id that is not a well-formed slug cannot name anything: 404, like any unknown id. */
export function parseId(value: unknown, what: string): string {
  const result = slugSchema.safeParse(value);
  if (!result.success) throw notFound(`No ${what} with id "${String(value).slice(0, 100)}".`);
  return result.data;
}
