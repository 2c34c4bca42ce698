import {
  historyCsvColumns,
  historyCsvQuerySchema,
  initiativeCsvColumns,
  initiativesCsvQuerySchema,
} from '@civic/shared';
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate.ts';
import type { ExportService } from './export-service.ts';
import { attachment, csvHeaders, csvStringifier, datedFilename, publicBase, sendStream } from './http-download.ts';

const noParams = z.strictObject({});

export function exportRoutes(service: ExportService, publicUrl: string | undefined): Router {
  const router = Router();

  router.get('/export/initiatives.csv', async (req, res) => {
    const query = parseInput(initiativesCsvQuerySchema, req.query, 'query');
    const rows = service.initiativeRows(query, publicBase(req, publicUrl));
    const headers = csvHeaders(datedFilename('initiatives', service.now(), 'csv'));
    await sendStream(res, headers, rows, csvStringifier(initiativeCsvColumns, query.sep));
  });

  router.get('/export/history.csv', async (req, res) => {
    const query = parseInput(historyCsvQuerySchema, req.query, 'query');
    const rows = service.historyRows(query, publicBase(req, publicUrl));
    const headers = csvHeaders(datedFilename('history', service.now(), 'csv'));
    await sendStream(res, headers, rows, csvStringifier(historyCsvColumns, query.sep));
  });

  router.get('/export/open-data.json', async (req, res) => {
    parseInput(noParams, req.query, 'query');
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachment(datedFilename('open-data', service.now(), 'json')),
    };
    await sendStream(res, headers, service.openData());
  });

  return router;
}
