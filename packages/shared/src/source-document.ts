import { z } from 'zod';
import { isoDateSchema, localizedTextSchema, slugSchema } from './initiative.ts';

export const sourceDocumentSchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  publisher: localizedTextSchema,
  language: z.string(),
  /** The document's own date; null when the document does not give one. */
  publishedAt: isoDateSchema.nullable(),
  url: z.string().nullable(),
  sha256: z.string(),
  text: z.string(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

export const sourcePassageSchema = z.object({
  initiativeId: slugSchema,
  title: localizedTextSchema,
  start: z.number().int(),
  end: z.number().int(),
});
export type SourcePassage = z.infer<typeof sourcePassageSchema>;

export const sourceDocumentWithPassagesSchema = sourceDocumentSchema.extend({
  passages: z.array(sourcePassageSchema),
});
export type SourceDocumentWithPassages = z.infer<typeof sourceDocumentWithPassagesSchema>;
