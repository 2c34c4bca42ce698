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

/** A cited passage: an initiative's originating quote, or the evidence of a later status change on it. */
export const sourcePassageSchema = z.object({
  initiativeId: slugSchema,
  title: localizedTextSchema,
  start: z.number().int(),
  end: z.number().int(),
  citation: z.enum(['origin', 'evidence']),
});
export type SourcePassage = z.infer<typeof sourcePassageSchema>;

export const sourceDocumentWithPassagesSchema = sourceDocumentSchema.extend({
  passages: z.array(sourcePassageSchema),
});
export type SourceDocumentWithPassages = z.infer<typeof sourceDocumentWithPassagesSchema>;

/** One line of the sources list: the document's own date is null when it does not state one. */
export const sourceSummarySchema = z.object({
  id: slugSchema,
  title: localizedTextSchema,
  publisher: localizedTextSchema,
  language: z.string(),
  publishedAt: isoDateSchema.nullable(),
  /** Initiatives whose originating passage stands in this document. */
  initiativeCount: z.number().int().nonnegative(),
  /** Status changes that cite a passage of this document as their evidence. */
  updateCount: z.number().int().nonnegative(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourcesListSchema = z.object({ items: z.array(sourceSummarySchema) });

/**
 * One source that cites an initiative: its originating passage, or the evidence of a later status
 * change; `at` is when the citation was recorded (the change's time; null for the seeded origin).
 */
export const initiativeCitationSchema = z.object({
  documentId: slugSchema,
  title: localizedTextSchema,
  publisher: localizedTextSchema,
  /** The document's own date; null when the document does not give one. */
  publishedAt: isoDateSchema.nullable(),
  citation: z.enum(['origin', 'evidence']),
  /** The passage, verbatim, and its code-point offsets into the document's text. */
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  at: z.string().nullable(),
});
export type InitiativeCitation = z.infer<typeof initiativeCitationSchema>;

export const initiativeCitationsSchema = z.object({ items: z.array(initiativeCitationSchema) });
