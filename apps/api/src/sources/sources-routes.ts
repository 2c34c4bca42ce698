import { Router } from 'express';
import { notFound } from '../errors/app-error.ts';
import { parseId } from '../http/validate.ts';
import type { SourcesRepository } from './sources-repository.ts';

export function sourcesRoutes(repository: SourcesRepository): Router {
  const router = Router();
  router.get('/sources/:id', async (req, res) => {
    const id = parseId(req.params.id, 'source document');
    const document = await repository.findById(id);
    if (!document) throw notFound(`No source document with id "${id}".`);
    res.json({ ...document, passages: await repository.passages(id) });
  });
  return router;
}
