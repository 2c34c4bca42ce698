import { problemTypes, sheetApplyResultSchema, sheetDryRunQuerySchema, sheetDryRunSchema } from '@civic/shared';
import { z } from 'zod';
import { json, pathId, problem, routeFor } from '../http/route.ts';
import { readUpload } from './spreadsheet-upload.ts';
import type { SpreadsheetsService } from './spreadsheets-service.ts';

export interface SpreadsheetsRouteDeps {
  spreadsheets: SpreadsheetsService;
}

const route = routeFor<SpreadsheetsRouteDeps>();

export const spreadsheetsRoutes = [
  route({
    method: 'post',
    path: '/api/spreadsheet-imports',
    access: 'official',
    tag: 'imports',
    summary:
      'Dry run of a spreadsheet (multipart field file: the .xlsx export edited, or the CSV Excel or LibreOffice saves from it, UTF-8 or Windows-1251, "," or ";"). Writes nothing but the stored dry run: per row unchanged, changed (field from → to), error (cell, value, message in lang) or conflict. Limits: 10 MB, 10 000 rows, 100 MB unpacked.',
    query: sheetDryRunQuerySchema,
    accepts: ['multipart/form-data'],
    responses: {
      201: json('The stored dry run; apply it by its id', sheetDryRunSchema),
      400: problem('No file, a file that cannot be read, or no id or version column'),
      413: problem('Past 10 MB, 10 000 rows or 100 MB unpacked'),
    },
    async handle({ query, user, deps, req, res }) {
      const file = await readUpload(req, res);
      const report = await deps.spreadsheets.dryRun(file, query.lang, user);
      res.status(201).json(report);
    },
  }),
  route({
    method: 'post',
    path: '/api/spreadsheet-imports/:id/apply',
    access: 'official',
    tag: 'imports',
    summary:
      'Apply a dry run exactly as it was shown (its author or an admin), all or nothing, each row under its version check; each changed row becomes a history entry naming the file. 409 when applied already, when it showed errors or conflicts, or when a row moved since (member conflicts).',
    params: z.object({ id: pathId('dry run') }),
    responses: {
      200: json('How many rows were changed', sheetApplyResultSchema),
      403: problem(
        "Lacks the official role, sent from another origin, or the dry run is another official's (only its author or an admin applies it)",
      ),
      409: problem(
        'Applied already, errors or conflicts in the dry run, or rows moved since (member conflicts)',
        undefined,
        [problemTypes.alreadyExists, problemTypes.stateConflict, problemTypes.conflict],
      ),
    },
    async handle({ params, user, deps, res }) {
      res.json(await deps.spreadsheets.apply(params.id, user));
    },
  }),
];
