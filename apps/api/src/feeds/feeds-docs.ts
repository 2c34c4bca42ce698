import { problemResponse, type RouteDoc } from '../openapi/route-doc.ts';

export const feedsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/feed.atom',
    tag: 'feeds',
    summary: 'Atom 1.0 feed of the 50 newest status changes of every initiative.',
    responses: {
      200: { description: 'The feed', contentType: 'application/atom+xml' },
      400: problemResponse('A query parameter was given; this route takes none'),
    },
  },
  {
    method: 'get',
    path: '/api/initiatives/:id/feed.atom',
    tag: 'feeds',
    summary: 'Atom 1.0 feed of every status change of one initiative.',
    responses: {
      200: { description: 'The feed', contentType: 'application/atom+xml' },
      400: problemResponse('A query parameter was given; this route takes none'),
      404: problemResponse('No such initiative'),
    },
  },
];
