import { Router } from 'express';
import type { StatsService } from './stats-service.ts';

export function statsRoutes(service: StatsService): Router {
  const router = Router();
  router.get('/stats', async (_req, res) => {
    res.json(await service.get());
  });
  return router;
}
