import { z } from 'zod';
import { slugSchema } from './initiative.ts';
import {
  assessmentFilters,
  defaultPageSize,
  defaultSort,
  maxListValues,
  maxPage,
  maxPageSize,
  maxSearchLength,
  parseSort,
  sortFields,
  splitListParam,
} from './list-params.ts';
import { kindSchema, languageSchema, statusSchema } from './vocabulary.ts';

export { maxPageSize, type Sort, type SortField, sortFields } from './list-params.ts';

/** A query parameter given once as "a,b", or repeated, becomes one list. */
const listParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform(splitListParam)
    .pipe(z.array(item).max(maxListValues));

const flagParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Accepts one value; a repeated parameter is an error rather than a silent pick. */
export const singleParam = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (Array.isArray(value) ? { repeated: value } : value), inner);

/** `lang` of a query: the language of labels and texts in the answer; Russian when absent. */
export const langParam = singleParam(languageSchema).prefault('ru');

export const sortFieldSchema = z.enum(sortFields);

export const sortSchema = z.string().transform((value, ctx) => {
  const sort = parseSort(value);
  if (sort) return sort;
  ctx.addIssue({ code: 'custom', message: `one of ${sortFields.join(', ')}, optionally prefixed with -` });
  return z.NEVER;
});

export const listFilterShape = {
  status: listParam(statusSchema).optional(),
  kind: listParam(kindSchema).optional(),
  owner: listParam(slugSchema).optional(),
  /** An initiative id, or "none" for top-level initiatives only. */
  parent: singleParam(slugSchema).optional(),
  q: singleParam(z.string().trim().max(maxSearchLength)).optional(),
  overdue: singleParam(flagParam).optional(),
  stale: singleParam(flagParam).optional(),
  /** assessed: any independent assessment; not_assessed: none; disagree: agreement is disagree. */
  assessment: singleParam(z.enum(assessmentFilters)).optional(),
  sort: singleParam(sortSchema).prefault(defaultSort),
  lang: langParam,
};

export const listQuerySchema = z.strictObject({
  ...listFilterShape,
  page: singleParam(z.coerce.number().int().min(1).max(maxPage)).prefault(1),
  pageSize: singleParam(z.coerce.number().int().min(1).max(maxPageSize)).prefault(defaultPageSize),
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
