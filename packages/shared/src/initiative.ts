import { z } from 'zod';
import { agreementSchema, assessmentSchema, ratingSchema } from './assessment-record.ts';
import type { CustomProblemParams } from './field-problem.ts';
import { slugPattern } from './list-params.ts';
import { currentRegionCode, regionRule } from './regions.ts';
import { kindSchema, legislativeStageSchema, relationTypeSchema, statusSchema } from './vocabulary.ts';

export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(slugPattern, 'lowercase latin letters, digits and single hyphens');

/** Text in every language; Russian and English are required, Kazakh falls back to Russian. */
export const localizedTextSchema = z.object({
  ru: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
  kk: z.string().min(1).max(2000).nullable().optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Where an initiative applies, as given: KZ or an ISO 3166-2:KZ code (regions.ts) in any case; a former
 * letter code (KZ-AKT) becomes the numeric one that replaced it (KZ-15) and a lower-case one (kz-15) the
 * upper-case one, so what is stored and filtered is one scheme. Every input that carries a region (the
 * list, count and export filters, create, details edit, import confirm) reads it through this schema.
 */
export const regionSchema = z.string().transform((value, ctx) => {
  const code = currentRegionCode(value);
  if (code) return code;
  ctx.addIssue({ code: 'custom', message: regionRule });
  return z.NEVER;
});

export const isoDateSchema = z.iso.date();

/** The earliest and latest day anyone may enter: a plan's day, a source's date, an assessment's day. */
export const earliestPlanDay = '2000-01-01';
export const latestPlanDay = '2100-12-31';

/**
 * A day a user types (a milestone's due or completion day, an initiative's target date, a press
 * release's publication date, an assessment's day): from 2000-01-01 to 2100-12-31. The programme's
 * dates lie well inside; a day outside (0001-01-01, 1900-01-01, 9999-12-31) is a typo, refused naming
 * the field. Whether a day may lie after today (a completion or an assessment may not) is checked by
 * the API, which knows the zone.
 */
export const enteredDaySchema = isoDateSchema
  .refine((day) => day >= earliestPlanDay, {
    message: `must not be before ${earliestPlanDay}`,
    params: { problem: 'before_min', minimum: earliestPlanDay } satisfies CustomProblemParams,
  })
  .refine((day) => day <= latestPlanDay, {
    message: `must not be after ${latestPlanDay}`,
    params: { problem: 'after_max', maximum: latestPlanDay } satisfies CustomProblemParams,
  });

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const sourceSpanSchema = z.object({
  documentId: slugSchema,
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

export const ownerSchema = z.object({
  id: slugSchema,
  name: localizedTextSchema,
});
export type Owner = z.infer<typeof ownerSchema>;

export const initiativeSchema = z.object({
  id: slugSchema,
  parentId: slugSchema.nullable(),
  kind: kindSchema,
  title: localizedTextSchema,
  /**
   * The English title is not yet given (an initiative accepted from an import with it left for later):
   * `title.en` then holds the Russian title, which English readers are told.
   */
  titleEnMissing: z.boolean(),
  summary: localizedTextSchema,
  owner: ownerSchema,
  /** KZ for national, else the ISO 3166-2:KZ code of a region or city (regions.ts): KZ-15 for Aktobe region. */
  region: z.string(),
  tags: z.array(z.string()),
  status: statusSchema,
  progress: z.number().int().min(0).max(100),
  /** Where the progress comes from: the status preset, an official's explicit figure, or the children's mean. */
  progressSource: z.enum(['status', 'explicit', 'children']),
  legislativeStage: legislativeStageSchema.nullable(),
  targetDate: isoDateSchema.nullable(),
  lastVerifiedAt: isoDateTimeSchema.nullable(),
  source: sourceSpanSchema.nullable(),
  overdue: z.boolean(),
  /** The earliest-due open milestone past its date; null when none is late or the initiative is closed. */
  overdueMilestone: z.object({ title: z.string(), dueDate: isoDateSchema }).nullable(),
  stale: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int().positive(),
  /** The official status and progress on the independent scale (officialRating, shared vocabulary). */
  officialRating: ratingSchema,
  /** The newest independent assessment of any organisation; null when none. */
  latestAssessment: assessmentSchema.nullable(),
  /** agreementOf (shared vocabulary) between officialRating and latestAssessment. */
  agreement: agreementSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const relationSchema = z.object({
  type: relationTypeSchema,
  /** out: this initiative is reflected in the other; in: the other is reflected in this one. */
  direction: z.enum(['out', 'in']),
  id: slugSchema,
  title: localizedTextSchema,
});
export type Relation = z.infer<typeof relationSchema>;
