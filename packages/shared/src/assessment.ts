import { z } from 'zod';
import { assessmentSchema, ratingSchema } from './assessment-record.ts';
import { evidenceUrlSchema } from './history.ts';
import { enteredDaySchema, isoDateTimeSchema, localizedTextSchema, slugSchema } from './initiative.ts';
import { statusSchema } from './vocabulary.ts';

/** At least a sentence: this many characters, and more than one word. */
export const minRationaleLength = 20;

/**
 * A monitor's assessment. The rationale is required (at least a sentence, 20–4000 characters); one to
 * ten http(s) evidence links, required unless the rating is cannot_assess; asOf an entered day (2000-01-01
 * to 2100-12-31) not after today
 * nor before the organisation's previous assessment (both checked by the API, which knows the zone).
 * version: the initiative's version the monitor saw (or If-Match).
 */
export const assessmentInputSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    rating: ratingSchema,
    rationale: z
      .string()
      .trim()
      .min(minRationaleLength, `at least a sentence (${minRationaleLength} characters)`)
      .max(4000)
      .refine((text) => /\S\s+\S/.test(text), 'at least a sentence, not one word'),
    evidenceUrls: z.array(evidenceUrlSchema).max(10).default([]),
    asOf: enteredDaySchema,
  })
  .refine((input) => input.rating === 'cannot_assess' || input.evidenceUrls.length > 0, {
    message: 'at least one evidence link unless the rating is cannot_assess',
    path: ['evidenceUrls'],
  });
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
export type AssessmentCommand = z.output<typeof assessmentInputSchema>;

/** Every assessment of one initiative, newest first, superseded ones included. */
export const assessmentRecordSchema = z.object({ items: z.array(assessmentSchema) });
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

/** An initiative a monitor's organisation should look at: never assessed, or its official status changed since. */
export const worklistItemSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  /** As on an initiative: the English title is not yet given and `title.en` holds the Russian one. */
  titleEnMissing: z.boolean(),
  status: statusSchema,
  reason: z.enum(['not_assessed', 'status_changed']),
  lastAssessedAt: isoDateTimeSchema.nullable(),
  statusChangedAt: isoDateTimeSchema.nullable(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;
