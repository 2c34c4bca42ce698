import { sql } from 'kysely';
import { z } from 'zod';
import type { Store } from '../db/connect.ts';
import { isStoreBusy } from '../db/store-busy.ts';
import { json, routeFor } from '../http/route.ts';

export interface Readiness {
  /** False once shutdown has begun, so a load balancer stops sending traffic. */
  accepting: boolean;
}

export interface HealthRouteDeps {
  store: Store;
  readiness: Readiness;
}

const route = routeFor<HealthRouteDeps>();

const healthSchema = z.object({ status: z.string(), store: z.string().optional() });

export const healthRoutes = [
  route({
    method: 'get',
    path: '/healthz',
    access: 'public',
    tag: 'operations',
    summary: 'Liveness: the process answers.',
    responses: { 200: json('Alive', healthSchema) },
    handle({ res }) {
      res.json({ status: 'ok' });
    },
  }),
  route({
    method: 'get',
    path: '/readyz',
    access: 'public',
    tag: 'operations',
    summary: 'Readiness: the database answers and the instance is not shutting down.',
    responses: { 200: json('Ready', healthSchema), 503: json('Not ready', healthSchema) },
    async handle({ deps, res }) {
      if (!deps.readiness.accepting) {
        res.status(503).json({ status: 'shutting-down' });
        return;
      }
      try {
        await sql`select 1`.execute(deps.store.db);
        res.json({ status: 'ready', store: deps.store.kind });
      } catch (err) {
        const status = isStoreBusy(err) ? 'database-busy' : 'database-unreachable';
        res.status(503).json({ status, store: deps.store.kind });
      }
    },
  }),
];
