import { z } from 'zod';
import { regionSchema, slugSchema } from './initiative.ts';
import {
  assessmentFilters,
  defaultPageSize,
  defaultSort,
  type listFilterNames,
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

/** The query fields built by `listParam`: the only ones a query string may repeat. */
const listParams = new WeakSet<z.ZodType>();

/**
 * A query parameter given once as "a,b", or repeated, becomes one list (at most `maxListValues`).
 * The API lets only these fields repeat (`isListParam`); any other query field takes one value.
 */
const listParam = <T extends z.ZodType<unknown, string>>(item: T) => {
  const schema = z
    .union([z.string(), z.array(z.string())])
    .transform(splitListParam)
    .pipe(z.array(item).max(maxListValues));
  listParams.add(schema);
  return schema;
};

/**
 * Whether a field of a query schema is a list (built by `listParam`, possibly made optional or
 * given a default), so that `?status=a&status=b` means both; a field that is not is given once.
 */
export function isListParam(field: z.ZodType): boolean {
  let schema: z.ZodType = field;
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) {
    schema = schema.unwrap() as z.ZodType;
  }
  return listParams.has(schema);
}

const flagParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `lang` of a query: the language of labels and texts in the answer; Russian when absent. */
export const langParam = languageSchema.prefault('ru');

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
  /** KZ or ISO 3166-2:KZ codes; a former letter code (an old link's KZ-AKT) finds what is now KZ-15. */
  region: listParam(regionSchema).optional(),
  /** An initiative id, or "none" for top-level initiatives only. */
  parent: slugSchema.optional(),
  q: z.string().trim().max(maxSearchLength).optional(),
  overdue: flagParam.optional(),
  stale: flagParam.optional(),
  /** assessed: any independent assessment; not_assessed: none; disagree: agreement is disagree. */
  assessment: z.enum(assessmentFilters).optional(),
  sort: sortSchema.prefault(defaultSort),
  lang: langParam,
} satisfies Record<(typeof listFilterNames)[number] | 'lang', z.ZodType>;

export const listQuerySchema = z.strictObject({
  ...listFilterShape,
  page: z.coerce.number().int().min(1).max(maxPage).prefault(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).prefault(defaultPageSize),
});
export type ListQuery = z.output<typeof listQuerySchema>;
export type ListQueryInput = z.input<typeof listQuerySchema>;

/** The filters alone, as used by exports that return every page. */
export const listFilterSchema = z.strictObject(listFilterShape);
export type ListFilter = z.output<typeof listFilterSchema>;

/**
 * GET of the site's Atom feed: the list's filters (the same fields and rules, without the sort a feed
 * does not have), each narrowing the changes to those of the initiatives the list would show; `lang`
 * the language of its titles.
 */
export const siteFeedQuerySchema = listFilterSchema.omit({ sort: true });
export type SiteFeedQuery = z.output<typeof siteFeedQuerySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
