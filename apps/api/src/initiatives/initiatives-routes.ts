import { listQuerySchema } from '@civic/shared';
import { Router } from 'express';
import type { ResponseCache } from '../http/response-cache.ts';
import { parseId, parseInput } from '../http/validate.ts';
import type { InitiativesService } from './initiatives-service.ts';
import { versionEtag } from './version-precondition.ts';

export function initiativesRoutes(service: InitiativesService, cache: ResponseCache): Router {
  const router = Router();

  router.get('/initiatives', async (req, res) => {
    const query = parseInput(listQuerySchema, req.query, 'query');
    await cache.sendJson(req, res, () => service.list(query));
  });

  router.get('/initiatives/:id', async (req, res) => {
    const id = parseId(req.params.id, 'initiative');
    const detail = await service.get(id);
    // The version is the ETag, so If-Match on a PATCH can carry it; every write to the detail bumps it.
    res.set('ETag', versionEtag(detail.version)).json(detail);
  });

  router.get('/initiatives/:id/history', async (req, res) => {
    const id = parseId(req.params.id, 'initiative');
    res.json({ items: await service.history(id) });
  });

  return router;
}
