import { z } from 'zod';
import { slugSchema } from './initiative.ts';
import { kindSchema, languageSchema, statusSchema } from './vocabulary.ts';

/** A query parameter given once as "a,b", or repeated, becomes one list. */
const listParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(20));

const flagParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Accepts one value; a repeated parameter is an error rather than a silent pick. */
const singleParam = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (Array.isArray(value) ? { repeated: value } : value), inner);

export const sortFields = [
  'source',
  'title',
  'status',
  'progress',
  'kind',
  'owner',
  'targetDate',
  'lastVerifiedAt',
  'updatedAt',
  'createdAt',
] as const;
export const sortFieldSchema = z.enum(sortFields);
export type SortField = z.infer<typeof sortFieldSchema>;

export const sortSchema = z
  .string()
  .regex(new RegExp(`^-?(${sortFields.join('|')})$`), `one of ${sortFields.join(', ')}, optionally prefixed with -`)
  .transform((value) => ({
    field: value.replace(/^-/, '') as SortField,
    direction: value.startsWith('-') ? ('desc' as const) : ('asc' as const),
  }));
export type Sort = z.output<typeof sortSchema>;

export const maxPageSize = 100;

export const listFilterShape = {
  status: listParam(statusSchema).optional(),
  kind: listParam(kindSchema).optional(),
  owner: listParam(slugSchema).optional(),
  /** An initiative id, or "none" for top-level initiatives only. */
  parent: singleParam(slugSchema).optional(),
  q: singleParam(z.string().trim().max(200)).optional(),
  overdue: singleParam(flagParam).optional(),
  stale: singleParam(flagParam).optional(),
  sort: singleParam(sortSchema).prefault('source'),
  lang: singleParam(languageSchema).prefault('ru'),
};

export const listQuerySchema = z.strictObject({
  ...listFilterShape,
  page: singleParam(z.coerce.number().int().min(1).max(100_000)).prefault(1),
  pageSize: singleParam(z.coerce.number().int().min(1).max(maxPageSize)).prefault(20),
});
export type ListQuery = z.output<typeof listQuerySchema>;
export type ListQueryInput = z.input<typeof listQuerySchema>;

/** The filters alone, as used by exports that return every page. */
export const listFilterSchema = z.strictObject(listFilterShape);
export type ListFilter = z.output<typeof listFilterSchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
