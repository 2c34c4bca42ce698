import { milestoneInputSchema, milestonePatchSchema } from '@civic/shared';
import { Router } from 'express';
import type { AuthGuard } from '../auth/auth-guard.ts';
import { parseId, parseInput } from '../http/validate.ts';
import type { MilestonesService } from './milestones-service.ts';

export function milestonesRoutes(service: MilestonesService, guard: AuthGuard): Router {
  const router = Router();

  router.post('/initiatives/:id/milestones', guard.require('official'), async (req, res) => {
    const initiativeId = parseId(req.params.id, 'initiative');
    const input = parseInput(milestoneInputSchema, req.body, 'body');
    res.status(201).json(await service.add(initiativeId, input));
  });

  router.patch('/initiatives/:id/milestones/:milestoneId', guard.require('official'), async (req, res) => {
    const initiativeId = parseId(req.params.id, 'initiative');
    const milestoneId = parseId(req.params.milestoneId, 'milestone');
    const patch = parseInput(milestonePatchSchema, req.body, 'body');
    res.json(await service.update(initiativeId, milestoneId, patch));
  });

  return router;
}
