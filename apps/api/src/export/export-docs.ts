import {
  historyCsvQuerySchema,
  initiativeSchema,
  initiativesCsvQuerySchema,
  sourceDocumentWithPassagesSchema,
  statusChangeSchema,
} from '@civic/shared';
import { z } from 'zod';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

const csvNote =
  'UTF-8 with BOM, CRLF, RFC 4180 quoting, header row of snake_case keys; a cell starting with = + - @ tab CR or an apostrophe gets one leading apostrophe (see docs/csv.md). Streamed.';

export const openDataSchema = z.object({
  schemaVersion: z.literal('1.0'),
  generatedAt: z.string(),
  sources: z.array(sourceDocumentWithPassagesSchema),
  initiatives: z.array(initiativeSchema),
  history: z.array(statusChangeSchema),
});

export const exportDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/export/initiatives.csv',
    tag: 'export',
    summary: `Every initiative of the list's filters and sort (all pages) as CSV, in the chosen language. ${csvNote}`,
    query: initiativesCsvQuerySchema,
    responses: {
      200: { description: 'The CSV file (attachment)', contentType: 'text/csv' },
      400: problemResponse('A query parameter is invalid'),
    },
  },
  {
    method: 'get',
    path: '/api/export/history.csv',
    tag: 'export',
    summary: `Every recorded status change, oldest first, by initiative and UTC date range (inclusive). ${csvNote}`,
    query: historyCsvQuerySchema,
    responses: {
      200: { description: 'The CSV file (attachment)', contentType: 'text/csv' },
      400: problemResponse('A query parameter is invalid'),
    },
  },
  {
    method: 'get',
    path: '/api/export/open-data.json',
    tag: 'export',
    summary: 'Open-data dump: source documents with their passages, every initiative and the full history. Streamed.',
    responses: {
      200: { description: 'The dump (attachment)', schema: openDataSchema },
      400: problemResponse('A query parameter was given; this route takes none'),
    },
  },
];
