import {
  historyCsvColumns,
  historyCsvQuerySchema,
  initiativeCsvColumns,
  initiativesCsvQuerySchema,
} from '@civic/shared';
import { publicBase } from '../http/request-origin.ts';
import { file, json, noQuery, problem, routeFor } from '../http/route.ts';
import type { ExportService } from './export-service.ts';
import { attachment, csvHeaders, csvStringifier, type Downloads, datedFilename } from './http-download.ts';
import { openDataSchema } from './open-data.ts';

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

export const exportRoutes = [
  route({
    method: 'get',
    path: '/api/export/initiatives.csv',
    access: 'public',
    tag: 'export',
    summary: `Every initiative of the list's filters and sort (all pages) as CSV, in the chosen language. ${csvNote}`,
    query: initiativesCsvQuerySchema,
    responses: { 200: file('The CSV file (attachment)', 'text/csv'), 503: busy },
    async handle({ query, deps, req, res }) {
      const rows = deps.exports.initiativeRows(query, publicBase(req, deps.publicUrl));
      const headers = csvHeaders(datedFilename('initiatives', deps.exports.today(), 'csv'));
      await deps.downloads.send(res, headers, rows, csvStringifier(initiativeCsvColumns, query.sep));
    },
  }),
  route({
    method: 'get',
    path: '/api/export/history.csv',
    access: 'public',
    tag: 'export',
    summary: `Every recorded status change, oldest first, by initiative and date range in days of TIME_ZONE (inclusive). ${csvNote}`,
    query: historyCsvQuerySchema,
    responses: { 200: file('The CSV file (attachment)', 'text/csv'), 503: busy },
    async handle({ query, deps, req, res }) {
      const rows = deps.exports.historyRows(query, publicBase(req, deps.publicUrl));
      const headers = csvHeaders(datedFilename('history', deps.exports.today(), 'csv'));
      await deps.downloads.send(res, headers, rows, csvStringifier(historyCsvColumns, query.sep));
    },
  }),
  route({
    method: 'get',
    path: '/api/export/open-data.json',
    access: 'public',
    tag: 'export',
    summary: 'Open-data dump: source documents with their passages, every initiative and the full history. Streamed.',
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
