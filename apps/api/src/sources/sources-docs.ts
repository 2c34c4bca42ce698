import { sourceDocumentWithPassagesSchema } from '@civic/shared';
import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const sourcesDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/sources/:id',
    tag: 'sources',
    summary: 'A source document: its full text and the passage (code-point offsets) each initiative quotes.',
    responses: {
      200: { description: 'The document', schema: sourceDocumentWithPassagesSchema },
      404: problemResponse('No such document'),
    },
  },
];
