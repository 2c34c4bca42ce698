import { z } from 'zod';
import { spreadsheetImportMaxBytes } from './csv.ts';
import { isoDateSchema, localizedTextSchema, slugSchema } from './initiative.ts';
import { langParam } from './list-query.ts';
import { legislativeStages, statuses } from './terms.ts';

/** The fields a spreadsheet row can change: those of an official's status change. */
export const sheetChangeFields = ['status', 'progress', 'legislativeStage', 'targetDate'] as const;
export type SheetChangeField = (typeof sheetChangeFields)[number];

const fieldValue = z.union([z.string(), z.number()]).nullable();

/** An initiative's changeable fields as stored: what a conflict shows and a diff starts from. */
export const sheetFieldsSchema = z.object({
  status: z.enum(statuses),
  progress: z.number().int(),
  legislativeStage: z.enum(legislativeStages).nullable(),
  targetDate: isoDateSchema.nullable(),
});

/** One row of a dry run: what applying the file would do to it. */
export const sheetRowReportSchema = z.object({
  /** The spreadsheet's row number (the header is row 1). */
  row: z.number().int().positive(),
  id: z.string().nullable(),
  /** The title of the initiative the row names, in every language; null when the id names none. */
  title: localizedTextSchema.nullable(),
  outcome: z.enum(['unchanged', 'changed', 'error', 'conflict']),
  /** For `changed`: each field from the stored value to the file's. */
  changes: z.array(z.object({ field: z.enum(sheetChangeFields), from: fieldValue, to: fieldValue })),
  /** For `error`: the cell (e.g. `D7`), its value and what is wrong, in the language asked for. */
  errors: z.array(z.object({ cell: z.string(), value: z.string(), code: z.string(), message: z.string() })),
  /** For `conflict`: the version the row was exported at, the stored one and the stored fields since. */
  conflict: z
    .object({ fileVersion: z.number().int(), version: z.number().int(), current: sheetFieldsSchema })
    .nullable(),
});
export type SheetRowReport = z.infer<typeof sheetRowReportSchema>;

/** POST /api/spreadsheet-imports: the stored dry run, to show and then apply by id. */
export const sheetDryRunSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  counts: z.object({
    unchanged: z.number().int(),
    changed: z.number().int(),
    error: z.number().int(),
    conflict: z.number().int(),
  }),
  /** Header cells matched to no column the import reads (kept in the file, never imported). */
  ignoredColumns: z.array(z.string()),
  /** Errors and conflicts first, then changed, then unchanged rows; by row number within each. */
  rows: z.array(sheetRowReportSchema),
});
export type SheetDryRun = z.infer<typeof sheetDryRunSchema>;

/** POST /api/spreadsheet-imports/{id}/apply: how many rows were changed, each with one history entry. */
export const sheetApplyResultSchema = z.object({ id: z.string(), applied: z.number().int() });
export type SheetApplyResult = z.infer<typeof sheetApplyResultSchema>;

/** A row that moved between the dry run and apply, as the apply's 409 lists it under `conflicts`. */
export const sheetApplyConflictSchema = z.object({
  id: z.string(),
  fileVersion: z.number().int(),
  /** The stored version now; null when the initiative is gone. */
  version: z.number().int().nullable(),
  current: sheetFieldsSchema.nullable(),
});
export type SheetApplyConflict = z.infer<typeof sheetApplyConflictSchema>;

/** The file an official picks for a dry run, as the page checks it before sending: named, not empty, at most 10 MB. */
export const sheetUploadSchema = z.object({
  file: z.object({
    name: z.string().min(1),
    size: z.number().int().min(1).max(spreadsheetImportMaxBytes),
  }),
});
export type SheetUpload = z.infer<typeof sheetUploadSchema>;

/** The dry run's query: the language of the error messages. */
export const sheetDryRunQuerySchema = z.strictObject({ lang: langParam });

/** Path of a stored dry run. */
export const sheetImportIdSchema = slugSchema;
