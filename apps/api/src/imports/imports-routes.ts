import {
  importConfirmInputSchema,
  importConfirmResultSchema,
  importDraftSchema,
  importMetadataSchema,
  importTextInputSchema,
  problemTypes,
} from '@civic/shared';
import { z } from 'zod';
import { json, pathId, problem, routeFor } from '../http/route.ts';
import { parseInput } from '../http/validate.ts';
import type { ImportConfirm } from './import-confirm.ts';
import type { ImportStart, ImportsService } from './imports-service.ts';
import { readUpload } from './read-upload.ts';
import { readMultipart } from './upload.ts';

export interface ImportsRouteDeps {
  imports: ImportsService;
  importConfirm: ImportConfirm;
}

const route = routeFor<ImportsRouteDeps>();
const importParams = z.object({ id: pathId('import') });

export const importsRoutes = [
  route({
    method: 'post',
    path: '/api/imports',
    access: 'official',
    tag: 'imports',
    summary:
      'Import a press release: JSON {text, title, publisher, language, publishedAt?, url?}, or multipart/form-data with a `file` (.txt in UTF-8 or Windows-1251, .html, .docx; at most 1 MB) and the same fields. Answers the stored draft with its candidates; the same text again answers 200 with the earlier draft.',
    accepts: ['application/json', 'multipart/form-data'],
    responses: {
      200: json('The same text was imported before: its draft', importDraftSchema),
      201: json('The new draft, with its candidates', importDraftSchema),
      409: problem('The text is already a source no import made', { sourceId: z.string() }, [
        problemTypes.alreadyExists,
      ]),
      413: problem('More than 1 MB, or a .docx that unpacks to more than 20 MB'),
      415: problem('A file that is not .txt, .html or .docx text'),
    },
    async handle({ user, deps, req, res }) {
      let input: ImportStart;
      if (req.is('multipart/form-data')) {
        const { name, bytes, fields } = await readMultipart(req, res);
        const metadata = parseInput(importMetadataSchema, fields, 'body');
        input = { ...metadata, text: await readUpload(name, bytes), origin: name };
      } else {
        input = { ...parseInput(importTextInputSchema, req.body, 'body'), origin: 'pasted' };
      }
      const { draft, created } = await deps.imports.start(input, user);
      res
        .status(created ? 201 : 200)
        .location(`/api/imports/${draft.id}`)
        .json(draft);
    },
  }),
  route({
    method: 'get',
    path: '/api/imports/:id',
    access: 'official',
    tag: 'imports',
    summary: 'An import draft: its text, candidates, who started it and, once confirmed, its source.',
    params: importParams,
    responses: { 200: json('The draft', importDraftSchema) },
    async handle({ params, deps, res }) {
      res.json(await deps.imports.get(params.id));
    },
  }),
  route({
    method: 'post',
    path: '/api/imports/:id/confirm',
    access: 'official',
    tag: 'imports',
    summary:
      'Confirm an import in one transaction: the source, the accepted initiatives (quotes located again) and the status changes on tracked initiatives with their evidence passages, each under the version the official saw.',
    params: importParams,
    body: importConfirmInputSchema,
    responses: {
      201: json('What was written', importConfirmResultSchema),
      409: problem(
        'An update is stale (member stale lists them; nothing was written), or the import is confirmed',
        {
          stale: z.array(z.object({ initiativeId: z.string(), version: z.number().nullable() })).optional(),
          sourceId: z.string().nullable().optional(),
        },
        [problemTypes.conflict, problemTypes.alreadyExists],
      ),
    },
    async handle({ params, body, user, deps, res }) {
      const result = await deps.importConfirm(params.id, body, user);
      res.status(201).location(`/api/sources/${result.sourceId}`).json(result);
    },
  }),
];
