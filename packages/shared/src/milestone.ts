import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, slugSchema } from './initiative.ts';

export const milestoneSchema = z.object({
  id: z.string(),
  initiativeId: slugSchema,
  title: z.string().min(1).max(300),
  dueDate: isoDateSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
  overdue: z.boolean(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const milestoneInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  dueDate: isoDateSchema.nullable().optional(),
});
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

export const milestonePatchSchema = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  dueDate: isoDateSchema.nullable().optional(),
  completed: z.boolean().optional(),
});
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;
