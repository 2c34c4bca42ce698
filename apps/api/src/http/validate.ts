import type { z } from 'zod';
import { notFound, validationError } from '../errors/app-error.ts';
import { nounOf } from './route.ts';

/** Parses input with a shared schema; failures become a 400 naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: 'query' | 'body'): z.output<T> {
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
