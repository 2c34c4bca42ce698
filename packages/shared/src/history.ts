import { z } from 'zod';
import { evidencePassageSchema } from './imports.ts';
import { enteredDaySchema, isoDateTimeSchema, localizedTextSchema, slugSchema } from './initiative.ts';
import { langParam } from './list-query.ts';
import { historyFields, historyKinds, historyPageDefaultLimit, historyPageMaxLimit } from './terms.ts';
import { legislativeStageSchema, statusSchema } from './vocabulary.ts';

/** One field's move: status and stage as codes, progress in %, dates as local days (YYYY-MM-DD); null when unset. */
export const historyFieldChangeSchema = z.object({
  field: z.enum(historyFields),
  from: z.union([z.string(), z.number(), z.null()]),
  to: z.union([z.string(), z.number(), z.null()]),
});

/**
 * One history entry of an initiative. `kind` says what happened and `changes` names every public field
 * that moved, from → to; status, progress and stage also stand as they were before and after.
 */
export const statusChangeSchema = z.object({
  id: z.string(),
  initiativeId: slugSchema,
  kind: z.enum(historyKinds),
  changes: z.array(historyFieldChangeSchema),
  fromStatus: statusSchema.nullable(),
  toStatus: statusSchema,
  fromProgress: z.number().int().nullable(),
  toProgress: z.number().int(),
  fromStage: legislativeStageSchema.nullable(),
  toStage: legislativeStageSchema.nullable(),
  note: z.string(),
  evidenceUrl: z.string().nullable(),
  /** The passage of a source this change cites as its evidence (a confirmed import); absent when none. */
  evidence: evidencePassageSchema.optional(),
  actor: z.string(),
  at: isoDateTimeSchema,
  /** The name of the spreadsheet the change was applied from; absent when it was not. */
  sourceFile: z.string().optional(),
  /** A rollup's cause: the child initiative whose change (or move in or out) moved the progress; absent otherwise. */
  cause: z.object({ id: slugSchema, title: localizedTextSchema, titleEnMissing: z.boolean().optional() }).optional(),
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
    targetDate: enteredDaySchema.nullable().optional(),
    verifiedOnly: z.boolean().optional(),
    /** A parent whose progress was typed in follows its children's mean again. */
    followChildren: z.literal(true).optional(),
    note: z.string().trim().min(1).max(2000),
    evidenceUrl: evidenceUrlSchema.nullable().optional(),
  })
  .refine(
    (input) =>
      input.verifiedOnly === true ||
      input.followChildren === true ||
      input.status !== undefined ||
      input.progress !== undefined ||
      input.legislativeStage !== undefined ||
      input.targetDate !== undefined,
    { message: 'nothing to change: set a field or verifiedOnly', path: ['status'] },
  );
export type StatusChangeInput = z.infer<typeof statusChangeInputSchema>;

/**
 * A page of one initiative's history, newest first: `limit` changes (1–200, default 50) older than
 * the opaque `cursor` a previous page returned as `nextCursor`.
 */
export const historyPageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(historyPageMaxLimit).default(historyPageDefaultLimit),
  cursor: z.string().min(1).max(200).optional(),
});
export type HistoryPageQuery = z.infer<typeof historyPageQuerySchema>;

/** GET of an Atom feed: `lang` picks the language of its titles (Russian when absent); `cursor` pages one initiative's. */
export const feedQuerySchema = z.strictObject({ lang: langParam, cursor: historyPageQuerySchema.shape.cursor });

/** One page of history; `nextCursor` fetches the older changes, null on the last page. */
export const historyPageSchema = z.object({
  items: z.array(statusChangeSchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;
