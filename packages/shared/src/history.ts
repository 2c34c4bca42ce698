import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, slugSchema } from './initiative.ts';
import { legislativeStageSchema, statusSchema } from './vocabulary.ts';

export const statusChangeSchema = z.object({
  id: z.string(),
  initiativeId: slugSchema,
  fromStatus: statusSchema.nullable(),
  toStatus: statusSchema,
  fromProgress: z.number().int().nullable(),
  toProgress: z.number().int(),
  fromStage: legislativeStageSchema.nullable(),
  toStage: legislativeStageSchema.nullable(),
  note: z.string(),
  evidenceUrl: z.string().nullable(),
  actor: z.string(),
  at: isoDateTimeSchema,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** Only http(s) links: javascript:, data: and the like are refused. */
export const evidenceUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** An official's update: at least one change, or verifiedOnly to confirm nothing changed. */
export const statusChangeInputSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    status: statusSchema.optional(),
    progress: z.number().int().min(0).max(100).optional(),
    legislativeStage: legislativeStageSchema.nullable().optional(),
    targetDate: isoDateSchema.nullable().optional(),
    verifiedOnly: z.boolean().optional(),
    note: z.string().trim().min(1).max(2000),
    evidenceUrl: evidenceUrlSchema.nullable().optional(),
  })
  .refine(
    (input) =>
      input.verifiedOnly === true ||
      input.status !== undefined ||
      input.progress !== undefined ||
      input.legislativeStage !== undefined ||
      input.targetDate !== undefined,
    { message: 'nothing to change: set a field or verifiedOnly', path: ['status'] },
  );
export type StatusChangeInput = z.infer<typeof statusChangeInputSchema>;
