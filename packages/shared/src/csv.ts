import { z } from 'zod';
import { csvSeparators } from './csv-cell.ts';
import type { CustomProblemParams } from './field-problem.ts';
import { isoDateSchema, slugSchema } from './initiative.ts';
import { langParam, listFilterShape } from './list-query.ts';

export * from './csv-cell.ts';

/** Column keys of the initiatives CSV, in order; also the bulk-import format (docs/csv.md). */
export const initiativeCsvColumns = [
  'id',
  'parent_id',
  'title',
  'summary',
  'kind',
  'owner',
  'region',
  'status',
  'status_label',
  'progress',
  'legislative_stage',
  'target_date',
  'overdue',
  'stale',
  'last_verified_at',
  'updated_at',
  'source_document',
  'source_quote',
  'independent_rating',
  'independent_rating_label',
  'independent_assessed_at',
  'independent_assessor',
  'agreement',
  'url',
] as const;
export type InitiativeCsvColumn = (typeof initiativeCsvColumns)[number];
export type InitiativeCsvRow = Record<InitiativeCsvColumn, string>;

/**
 * Column keys of the .xlsx export and of the spreadsheet import: the initiatives CSV's columns with the
 * `version` the official saw after `id`, and an empty `note` and `evidence_url` for the official to fill.
 */
export const initiativeSheetColumns = [
  'id',
  'version',
  ...initiativeCsvColumns.slice(1),
  'note',
  'evidence_url',
] as const;
export type InitiativeSheetColumn = (typeof initiativeSheetColumns)[number];

/** Data rows a spreadsheet import takes at most; the file may hold at most 10 MB. */
export const spreadsheetImportMaxRows = 10_000;
export const spreadsheetImportMaxBytes = 10 * 1024 * 1024;

/** Column keys of the history CSV: one row per history entry. */
export const historyCsvColumns = [
  'id',
  'initiative_id',
  'initiative_title',
  'kind',
  'kind_label',
  'changes',
  'from_status',
  'to_status',
  'to_status_label',
  'from_progress',
  'to_progress',
  'from_stage',
  'to_stage',
  'note',
  'evidence_url',
  'actor',
  'at',
  'url',
] as const;
export type HistoryCsvColumn = (typeof historyCsvColumns)[number];
export type HistoryCsvRow = Record<HistoryCsvColumn, string>;

/** Column keys of the assessments CSV: every independent assessment, superseded ones included, oldest first. */
export const assessmentCsvColumns = [
  'id',
  'initiative_id',
  'initiative_title',
  'rating',
  'rating_label',
  'rationale',
  'evidence_urls',
  'as_of',
  'organisation',
  'assessor',
  'created_at',
  'superseded_by',
  'url',
] as const;
export type AssessmentCsvColumn = (typeof assessmentCsvColumns)[number];
export type AssessmentCsvRow = Record<AssessmentCsvColumn, string>;

/** The `sep` query parameter of every CSV export: a comma unless the reader asks for a semicolon. */
const sepParam = z.enum(csvSeparators).prefault(',');

/** GET /api/export/initiatives.csv: the list's own filters and sort, every page, plus the separator. */
export const initiativesCsvQuerySchema = z.strictObject({
  ...listFilterShape,
  sep: sepParam,
});
export type InitiativesCsvQuery = z.output<typeof initiativesCsvQuerySchema>;

/** GET /api/export/history.csv: every status change, by initiative and by day (days of TIME_ZONE, both ends inclusive). */
export const historyCsvQuerySchema = z
  .strictObject({
    initiative: slugSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    lang: langParam,
    sep: sepParam,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'must not be before from',
    params: { problem: 'before_min', minimum: 'from' } satisfies CustomProblemParams,
    path: ['to'],
  });
export type HistoryCsvQuery = z.output<typeof historyCsvQuerySchema>;
export type HistoryFilter = Pick<HistoryCsvQuery, 'initiative' | 'from' | 'to'>;

/** GET /api/export/assessments.csv: the whole assessment record, labels in lang. */
export const assessmentsCsvQuerySchema = z.strictObject({
  lang: langParam,
  sep: sepParam,
});
export type AssessmentsCsvQuery = z.output<typeof assessmentsCsvQuerySchema>;
