import { z } from 'zod';
import { enteredDaySchema, localizedTextSchema, regionSchema, slugSchema } from './initiative.ts';
import { kindSchema, legislativeStageSchema, statusSchema } from './vocabulary.ts';

const localizedInputSchema = z.strictObject({
  ru: z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
  kk: localizedTextSchema.shape.kk,
});

/** Where a new initiative comes from: a passage that must stand verbatim, once, in a stored document. */
export const sourceInputSchema = z.strictObject({
  documentId: slugSchema,
  quote: z.string().min(1).max(2000),
});

/** An admin's new initiative: with a source quote, or explicitly marked as having none. */
export const createInitiativeInputSchema = z
  .strictObject({
    id: slugSchema,
    parentId: slugSchema.nullable().optional(),
    kind: kindSchema,
    title: localizedInputSchema,
    summary: localizedInputSchema,
    ownerId: slugSchema,
    region: regionSchema,
    tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    status: statusSchema.optional(),
    targetDate: enteredDaySchema.nullable().optional(),
    legislativeStage: legislativeStageSchema.nullable().optional(),
    source: sourceInputSchema.optional(),
    noSource: z.literal(true).optional(),
  })
  .refine((input) => (input.source === undefined) !== (input.noSource === undefined), {
    message: 'give either source or noSource: true, not both',
    path: ['source'],
  })
  .refine((input) => input.kind === 'legislation' || input.legislativeStage == null, {
    message: 'only legislation has a legislative stage',
    path: ['legislativeStage'],
  });
export type CreateInitiativeInput = z.infer<typeof createInitiativeInputSchema>;

/**
 * An official's edit of an initiative's descriptive fields: only the fields given change, with a note
 * saying why. The source quote is not among them: it quotes its source verbatim.
 */
export const detailsChangeInputSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    title: localizedInputSchema.optional(),
    summary: localizedInputSchema.optional(),
    ownerId: slugSchema.optional(),
    kind: kindSchema.optional(),
    region: regionSchema.optional(),
    parentId: slugSchema.nullable().optional(),
    note: z.string().trim().min(1).max(2000),
  })
  .refine(
    (input) =>
      input.title !== undefined ||
      input.summary !== undefined ||
      input.ownerId !== undefined ||
      input.kind !== undefined ||
      input.region !== undefined ||
      input.parentId !== undefined,
    { message: 'nothing to change: set a field', path: ['title'] },
  );
export type DetailsChangeInput = z.infer<typeof detailsChangeInputSchema>;
