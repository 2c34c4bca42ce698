import { z } from 'zod';
import { enteredDaySchema, isoDateSchema, isoDateTimeSchema, slugSchema } from './initiative.ts';

export const milestoneSchema = z.object({
  id: z.string(),
  initiativeId: slugSchema,
  title: z.string().min(1).max(300),
  dueDate: isoDateSchema.nullable(),
  /** When the completion was recorded (UTC instant). */
  completedAt: isoDateTimeSchema.nullable(),
  /** The day it was really completed on, in the configured zone; entered by the official, today by default. */
  completedOn: isoDateSchema.nullable(),
  overdue: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Moves with every write to the milestone; its ETag carries it, and an edit or removal must send it back. */
  version: z.number().int().positive(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const milestoneInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  /** A plan day: 2000-01-01 to 2100-12-31 (see enteredDaySchema). */
  dueDate: enteredDaySchema.nullable().optional(),
});
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

/**
 * completed: true completes an open milestone on completedOn (default: today in the configured zone);
 * completedOn alone completes it on that day, or corrects the day of a completed one; it may not lie
 * after today (checked by the API, which knows the zone). completed: false reopens it.
 */
export const milestonePatchSchema = z
  .strictObject({
    /** The version the official saw (or send it as If-Match). */
    version: z.number().int().positive().optional(),
    title: z.string().trim().min(1).max(300).optional(),
    dueDate: enteredDaySchema.nullable().optional(),
    completed: z.boolean().optional(),
    /** A plan day (from 2000-01-01) not after today in the configured zone. */
    completedOn: enteredDaySchema.optional(),
  })
  .refine((patch) => !(patch.completed === false && patch.completedOn !== undefined), {
    message: 'a reopened milestone has no completion day',
    path: ['completedOn'],
  });
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;
