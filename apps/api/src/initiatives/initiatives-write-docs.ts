import {
  createInitiativeInputSchema,
  initiativeDetailSchema,
  problemSchema,
  statusChangeInputSchema,
} from '@civic/shared';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const initiativesWriteDocs: RouteDoc[] = [
  {
    method: 'patch',
    path: '/api/initiatives/:id',
    tag: 'initiatives',
    summary:
      'Record a status change, progress, legislative stage, target date, or "verified, no change", with a note and optional evidence URL. Send the version seen (field version or If-Match).',
    auth: 'official',
    body: statusChangeInputSchema,
    responses: {
      200: {
        description: 'The initiative as it now stands; ETag carries the new version',
        schema: initiativeDetailSchema,
      },
      400: problemResponse('A field is invalid'),
      401: problemResponse('No live session'),
      403: problemResponse('Sent from another origin'),
      404: problemResponse('No such initiative'),
      409: {
        description: 'The version is stale; member current holds the initiative as it now stands',
        schema: problemSchema.extend({ current: initiativeDetailSchema }),
        contentType: 'application/problem+json',
      },
      428: problemResponse('No version given'),
    },
  },
  {
    method: 'post',
    path: '/api/initiatives',
    tag: 'initiatives',
    summary: 'Add an initiative, with a source quote that must stand verbatim in the document, or marked noSource.',
    auth: 'admin',
    body: createInitiativeInputSchema,
    responses: {
      201: { description: 'The new initiative', schema: initiativeDetailSchema },
      400: problemResponse('A field is invalid, the owner or parent is unknown, or the quote is not in the document'),
      401: problemResponse('No live session'),
      403: problemResponse('Not an admin, or sent from another origin'),
      409: problemResponse('The id is taken'),
    },
  },
];
