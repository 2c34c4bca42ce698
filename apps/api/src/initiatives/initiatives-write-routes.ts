import { createInitiativeInputSchema, statusChangeInputSchema } from '@civic/shared';
import { Router } from 'express';
import { type AuthGuard, currentUser } from '../auth/auth-guard.ts';
import { parseId, parseInput } from '../http/validate.ts';
import type { InitiativesWriteService } from './initiatives-write-service.ts';
import { expectedVersion, versionEtag } from './version-precondition.ts';

export function initiativesWriteRoutes(service: InitiativesWriteService, guard: AuthGuard): Router {
  const router = Router();

  router.post('/initiatives', guard.require('admin'), async (req, res) => {
    const input = parseInput(createInitiativeInputSchema, req.body, 'body');
    const detail = await service.create(input, currentUser(res));
    res.status(201).location(`/api/initiatives/${detail.id}`).set('ETag', versionEtag(detail.version)).json(detail);
  });

  router.patch('/initiatives/:id', guard.require('official'), async (req, res) => {
    const id = parseId(req.params.id, 'initiative');
    const input = parseInput(statusChangeInputSchema, req.body, 'body');
    const version = expectedVersion(input.version, req.get('if-match'));
    const detail = await service.update(id, input, version, currentUser(res));
    res.set('ETag', versionEtag(detail.version)).json(detail);
  });

  return router;
}
