import { Router } from 'express';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Store } from '../db/connect.ts';
import type { RouteDoc } from '../openapi/route-doc.ts';

export interface Readiness {
  /** False once shutdown has begun, so a load balancer stops sending traffic. */
  accepting: boolean;
}

export function healthRoutes(store: Store, readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.accepting) {
      res.status(503).json({ status: 'shutting-down' });
      return;
    }
    try {
      await sql`select 1`.execute(store.db);
      res.json({ status: 'ready', store: store.kind });
    } catch {
      res.status(503).json({ status: 'database-unreachable', store: store.kind });
    }
  });
  return router;
}

const healthSchema = z.object({ status: z.string(), store: z.string().optional() });

export const healthDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'operations',
    summary: 'Liveness: the process answers.',
    responses: { 200: { description: 'Alive', schema: healthSchema } },
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'operations',
    summary: 'Readiness: the database answers and the instance is not shutting down.',
    responses: {
      200: { description: 'Ready', schema: healthSchema },
      503: { description: 'Not ready', schema: healthSchema },
    },
  },
];
