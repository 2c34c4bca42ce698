import type { Response } from 'express';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Store } from '../db/connect.ts';
import { isStoreBusy } from '../db/store-busy.ts';
import { sendUncached } from '../errors/send-uncached.ts';
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

/**
 * A probe's answer: `Cache-Control: no-store`, because a 200 kept by a cache or proxy would hide a 503,
 * and so no ETag either (there is nothing to revalidate), which also spares every probe Express's hashing
 * of the body and its conditional-request checks. Headers set earlier (the security headers) are kept.
 */
function answerProbe(res: Response, status: 200 | 503, body: z.infer<typeof healthSchema>) {
  sendUncached(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export const healthRoutes = [
  route({
    method: 'get',
    path: '/healthz',
    access: 'public',
    tag: 'operations',
    summary: 'Liveness: the process answers.',
    responses: { 200: json('Alive', healthSchema) },
    handle({ res }) {
      answerProbe(res, 200, { status: 'ok' });
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
        answerProbe(res, 503, { status: 'shutting-down' });
        return;
      }
      try {
        await sql`select 1`.execute(deps.store.db);
        answerProbe(res, 200, { status: 'ready', store: deps.store.kind });
      } catch (err) {
        const status = isStoreBusy(err) ? 'database-busy' : 'database-unreachable';
        answerProbe(res, 503, { status, store: deps.store.kind });
      }
    },
  }),
];
