import { Router } from 'express';
import { z } from 'zod';
import { publicBase } from '../export/http-download.ts';
import { parseId, parseInput } from '../http/validate.ts';
import type { FeedsService } from './feeds-service.ts';

const noParams = z.strictObject({});
const atomType = 'application/atom+xml; charset=utf-8';

export function feedsRoutes(service: FeedsService, publicUrl: string | undefined): Router {
  const router = Router();

  router.get('/feed.atom', async (req, res) => {
    parseInput(noParams, req.query, 'query');
    const xml = await service.latest(publicBase(req, publicUrl));
    // no-cache with the ETag Express adds: feed readers revalidate cheaply and never miss a change.
    res.setHeader('Cache-Control', 'no-cache');
    res.type(atomType).send(xml);
  });

  router.get('/initiatives/:id/feed.atom', async (req, res) => {
    const id = parseId(req.params.id, 'initiative');
    parseInput(noParams, req.query, 'query');
    const xml = await service.forInitiative(id, publicBase(req, publicUrl));
    res.setHeader('Cache-Control', 'no-cache');
    res.type(atomType).send(xml);
  });

  return router;
}
