import { z } from 'zod';
import {
  enteredDaySchema,
  isoDateSchema,
  isoDateTimeSchema,
  ownerSchema,
  regionSchema,
  slugSchema,
} from './initiative.ts';
import { kindSchema, languageSchema, legislativeStageSchema, statusSchema } from './vocabulary.ts';

/** Bytes an import may carry: the pasted text (UTF-8) or the uploaded file. */
export const importMaxBytes = 1024 * 1024;

/** What the official says about a source they import; the text comes pasted (JSON) or as a file (multipart). */
export const importMetadataSchema = z.strictObject({
  title: z.string().trim().min(1).max(500),
  publisher: z.string().trim().min(1).max(200),
  language: languageSchema,
  /** The document's own date (2000-01-01 to 2100-12-31); absent when it does not state one (never guessed). */
  publishedAt: enteredDaySchema.nullable().optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
});

/** POST /api/imports as JSON: the text pasted, exactly as it should be stored. */
export const importTextInputSchema = importMetadataSchema.extend({
  text: z.string().refine((text) => text.trim().length > 0, 'is empty'),
});
export type ImportTextInput = z.infer<typeof importTextInputSchema>;

/** A passage of the draft's text: code points, `quote` exactly the text between them. */
const passageSchema = z.object({ quote: z.string(), start: z.number().int(), end: z.number().int() });

/** One proposal of the extraction engine (docs/import.md), with the existing initiative it reports on. */
export const importCandidateSchema = passageSchema.extend({
  kind: kindSchema,
  ownerId: slugSchema.nullable(),
  /** ISO 3166 code proposed for it: the region of a regional owner (`aktobe-maslikhat` → `KZ-15`), else `KZ`. */
  region: z.string(),
  status: statusSchema,
  legislativeStage: legislativeStageSchema.nullable(),
  /** Index in the same list of the candidate it nests under. */
  parentIndex: z.number().int().nullable(),
  /** The cues that fired, in words an official reads. */
  reasons: z.array(z.string()),
  /** The tracked initiative this passage reports progress on (TF-IDF cosine ≥ 0.35), else null. */
  matchId: slugSchema.nullable(),
  matchScore: z.number(),
});
export type ImportCandidate = z.infer<typeof importCandidateSchema>;

export const importStates = ['draft', 'confirmed'] as const;

/** An import as stored on the server: the source to be, its candidates and who started it. */
export const importDraftSchema = z.object({
  id: slugSchema,
  state: z.enum(importStates),
  title: z.string(),
  publisher: z.string(),
  language: languageSchema,
  publishedAt: isoDateSchema.nullable(),
  url: z.string().nullable(),
  /** Where the text came from: pasted, or the uploaded file's name. */
  origin: z.string(),
  text: z.string(),
  sha256: z.string(),
  candidates: z.array(importCandidateSchema),
  /** Date and place the text states about itself, proposed for the official to confirm. */
  facts: z.object({
    publishedAt: passageSchema.extend({ value: z.string() }).optional(),
    place: passageSchema.extend({ value: z.string() }).optional(),
  }),
  /** False when no extraction rules exist for the language: the official marks passages by hand. */
  rulesAvailable: z.boolean(),
  notes: z.array(z.string()),
  /**
   * Each responsible body the candidates name, as the gazetteer names it: the name a confirm gives
   * one that is not yet known, so the review never shows a bare id.
   */
  owners: z.array(ownerSchema),
  createdBy: z.string(),
  createdAt: isoDateTimeSchema,
  /** The stored source once confirmed. */
  sourceId: slugSchema.nullable(),
});
export type ImportDraft = z.infer<typeof importDraftSchema>;
/** A draft as stored: the owners' names are read from the gazetteer when it is answered. */
export type StoredImportDraft = Omit<ImportDraft, 'owners'>;

/** A passage of the imported text, verbatim: located again at commit, where it must stand exactly once. */
const quotedPassageSchema = z.strictObject({ quote: z.string().min(1).max(2000) });

const titleSchema = z.string().trim().max(2000);

/** A candidate the official accepted (as proposed or edited) as a new initiative. */
export const importedInitiativeSchema = z
  .strictObject({
    id: slugSchema,
    /** An initiative of this confirm (its index in `initiatives`), or one already tracked (its id). */
    parentIndex: z.number().int().nonnegative().nullable().optional(),
    parentId: slugSchema.nullable().optional(),
    kind: kindSchema,
    title: z.strictObject({ ru: titleSchema.min(1), en: titleSchema }),
    /** True when the English title is left for later: then `title.en` must be empty. */
    englishTitleMissing: z.boolean().optional(),
    ownerId: slugSchema,
    region: regionSchema,
    status: statusSchema,
    legislativeStage: legislativeStageSchema.nullable().optional(),
    passage: quotedPassageSchema,
  })
  .refine((input) => (input.title.en === '') === (input.englishTitleMissing === true), {
    message: 'give the English title, or leave it empty and set englishTitleMissing',
    path: ['title', 'en'],
  })
  .refine((input) => input.kind === 'legislation' || input.legislativeStage == null, {
    message: 'only legislation has a legislative stage',
    path: ['legislativeStage'],
  });

/** A status change on a tracked initiative, with this text's passage as its evidence. */
export const importedUpdateSchema = z
  .strictObject({
    initiativeId: slugSchema,
    /** The initiative's version the official saw; a newer one makes the whole confirm a 409. */
    version: z.number().int().positive(),
    status: statusSchema.optional(),
    progress: z.number().int().min(0).max(100).optional(),
    legislativeStage: legislativeStageSchema.nullable().optional(),
    note: z.string().trim().min(1).max(2000),
    evidence: quotedPassageSchema,
  })
  .refine(
    (input) => input.status !== undefined || input.progress !== undefined || input.legislativeStage !== undefined,
    { message: 'nothing to change: set status, progress or legislativeStage', path: ['status'] },
  );

/** POST /api/imports/:id/confirm: what the official accepted; the source's own date may be set here. */
export const importConfirmInputSchema = z.strictObject({
  publishedAt: enteredDaySchema.nullable().optional(),
  initiatives: z.array(importedInitiativeSchema).max(200),
  updates: z.array(importedUpdateSchema).max(200),
});
export type ImportConfirmInput = z.infer<typeof importConfirmInputSchema>;

/** A passage of a source cited as the evidence of a status change. */
export const evidencePassageSchema = z.object({
  documentId: slugSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type EvidencePassage = z.infer<typeof evidencePassageSchema>;

export const importConfirmResultSchema = z.object({
  sourceId: slugSchema,
  initiatives: z.array(z.object({ id: slugSchema, englishTitleMissing: z.boolean() })),
  updates: z.array(z.object({ initiativeId: slugSchema, version: z.number().int(), evidence: evidencePassageSchema })),
});
export type ImportConfirmResult = z.infer<typeof importConfirmResultSchema>;
