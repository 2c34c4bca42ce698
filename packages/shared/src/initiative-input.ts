import { z } from 'zod';
import { enteredDaySchema, localizedTextSchema, regionSchema, slugSchema } from './initiative.ts';
import { kindSchema, legislativeStageSchema, statusSchema } from './vocabulary.ts';

/** One language's text as an official enters it: trimmed, not empty. */
const enteredText = z.string().trim().min(1).max(2000);

const localizedInputSchema = z.strictObject({
  ru: enteredText,
  en: enteredText,
  kk: localizedTextSchema.shape.kk,
});

/**
 * A change to a text in ru, kk and en (the title or summary of a details edit): each language named
 * changes, each one left out keeps what it has, so `{ "ru": "…" }` changes the Russian text alone.
 * - `ru`, `en`: a text (trimmed, not empty). Both are required of every initiative, so neither can be
 *   removed: null is a 400 (invalid_type), an empty or blank string a 400 (too_small).
 * - `kk`: a text sets it; null removes it (the Kazakh text then falls back to Russian, as when it was
 *   never given). An empty or blank string is a 400 (too_small), not a removal: only an explicit null
 *   removes, so a blank field sent by mistake never wipes a translation.
 * - `{}` names no language: a 400 naming the text.
 */
export const localizedChangeSchema = z
  .strictObject({
    ru: enteredText.optional(),
    en: enteredText.optional(),
    kk: enteredText.nullable().optional(),
  })
  .refine((text) => Object.values(text).some((value) => value !== undefined), {
    message: 'names no language: give ru, kk or en',
  });
export type LocalizedChange = z.infer<typeof localizedChangeSchema>;

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
 * saying why; within the title and summary, only the languages given (`localizedChangeSchema`). The
 * source quote is not among them: it quotes its source verbatim.
 */
export const detailsChangeInputSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    title: localizedChangeSchema.optional(),
    summary: localizedChangeSchema.optional(),
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
