import { Router } from 'express';
import type { ResponseCache } from '../http/response-cache.ts';
import type { StatsService } from './stats-service.ts';

export function statsRoutes(service: StatsService, cache: ResponseCache): Router {
  const router = Router();
  router.get('/stats', async (req, res) => {
    await cache.sendJson(req, res, () => service.get());
  });
  return router;
}
