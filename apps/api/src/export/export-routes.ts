import {
  assessmentCsvColumns,
  assessmentsCsvQuerySchema,
  type CsvSeparator,
  historyCsvColumns,
  historyCsvQuerySchema,
  initiativesCsvQuerySchema,
} from '@civic/shared';
import type { z } from 'zod';
import { publicBase } from '../http/request-origin.ts';
import { file, json, noQuery, problem, routeFor } from '../http/route.ts';
import type { ExportService } from './export-service.ts';
import { attachment, csvBatchWriter, csvHeaders, type Downloads, datedFilename } from './http-download.ts';
import { openDataSchema } from './open-data.ts';
import { xlsxWorkbook } from './xlsx-workbook.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportRouteDeps {
  exports: ExportService;
  /** Export slots and the stall cut of this instance. */
  downloads: Downloads;
  /** Absolute base for links; the request's own origin when absent. */
  publicUrl: string | undefined;
}

const route = routeFor<ExportRouteDeps>();

const busy = problem(
  'EXPORT_MAX_CONCURRENT exports are streaming from this server already, or the database is busy; see Retry-After',
);

const csvNote =
  'UTF-8 with BOM, CRLF, RFC 4180 quoting, header row of snake_case keys; a cell starting with = + - @ tab CR or an apostrophe gets one leading apostrophe (see docs/csv.md). Streamed.';

/**
 * A CSV download route; the file is named `<name>-<local date>.csv`. Either `rows` yields the records of the
 * query in batches (one per keyset page), written with `columns` in the separator the query chose, or `text`
 * yields the file itself, the texts of a keyset page at a time.
 */
function csvExport<Q extends z.ZodObject<{ sep: z.ZodType<CsvSeparator> }>>(
  spec: {
    path: string;
    name: string;
    summary: string;
    query: Q;
  } & (
    | {
        columns: readonly string[];
        rows: (exports: ExportService, query: z.output<Q>, base: string) => AsyncIterable<object[]>;
      }
    | { text: (exports: ExportService, query: z.output<Q>, base: string) => AsyncIterable<Iterable<string>> }
  ),
) {
  return route({
    method: 'get',
    path: spec.path,
    access: 'public',
    tag: 'export',
    summary: `${spec.summary} ${csvNote}`,
    query: spec.query,
    responses: { 200: file('The CSV file (attachment)', 'text/csv'), 503: busy },
    async handle({ query, deps, req, res }) {
      const parsed = query as z.output<Q>;
      const base = publicBase(req, deps.publicUrl);
      const headers = csvHeaders(datedFilename(spec.name, deps.exports.today(), 'csv'));
      if ('text' in spec) await deps.downloads.sendText(res, headers, spec.text(deps.exports, parsed, base));
      else
        await deps.downloads.send(
          res,
          headers,
          spec.rows(deps.exports, parsed, base),
          csvBatchWriter(spec.columns, parsed.sep),
        );
    },
  });
}

export const exportRoutes = [
  csvExport({
    path: '/api/export/initiatives.csv',
    name: 'initiatives',
    summary: "Every initiative of the list's filters and sort (all pages) as CSV, in the chosen language.",
    query: initiativesCsvQuerySchema,
    text: (exports, query, base) => exports.initiativesCsv(query, base),
  }),
  csvExport({
    path: '/api/export/history.csv',
    name: 'history',
    summary:
      'Every recorded status change, oldest first, by initiative and date range in days of TIME_ZONE (inclusive).',
    query: historyCsvQuerySchema,
    columns: historyCsvColumns,
    rows: (exports, query, base) => exports.historyRows(query, base),
  }),
  csvExport({
    path: '/api/export/assessments.csv',
    name: 'assessments',
    summary:
      'Every independent assessment, oldest first, superseded ones included, rating labels in the chosen language.',
    query: assessmentsCsvQuerySchema,
    columns: assessmentCsvColumns,
    rows: (exports, query, base) => exports.assessmentRows(query, base),
  }),
  route({
    method: 'get',
    path: '/api/export/initiatives.xlsx',
    access: 'public',
    tag: 'export',
    summary:
      "Every initiative of the list's filters and sort as an .xlsx workbook to edit and send back through POST /api/spreadsheet-imports: the CSV's columns plus version, note and evidence_url; id and version locked, status and stage dropdowns in the chosen language, dates as date cells; a second sheet says what the file is. sep is ignored. Streamed.",
    query: initiativesCsvQuerySchema,
    responses: { 200: file('The workbook (attachment)', xlsxType), 503: busy },
    async handle({ query, deps, req, res }) {
      const rows = deps.exports.initiativePages(query);
      const headers = {
        'Content-Type': xlsxType,
        'Content-Disposition': attachment(datedFilename('initiatives', deps.exports.today(), 'xlsx')),
      };
      await deps.downloads.send(
        res,
        headers,
        xlsxWorkbook(rows, query, publicBase(req, deps.publicUrl), deps.exports.now()),
      );
    },
  }),
  route({
    method: 'get',
    path: '/api/export/open-data.json',
    access: 'public',
    tag: 'export',
    summary:
      'Open-data dump: source documents with their passages, every initiative (with its latest independent assessment), the full history and every assessment. Streamed.',
    query: noQuery,
    responses: { 200: json('The dump (attachment)', openDataSchema), 503: busy },
    async handle({ deps, res }) {
      const headers = {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': attachment(datedFilename('open-data', deps.exports.today(), 'json')),
      };
      await deps.downloads.send(res, headers, deps.exports.openData());
    },
  }),
];
