import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createOfficialsRouter, officialsDocs } from './auth/officials-router.ts';
import { sameOriginWrites } from './auth/same-origin.ts';
import type { Store } from './db/connect.ts';
import { apiNotFound, errorMiddleware } from './errors/error-middleware.ts';
import { exportDocs } from './export/export-docs.ts';
import { createExportRouter } from './export/export-router.ts';
import { feedsDocs } from './feeds/feeds-docs.ts';
import { createFeedsRouter } from './feeds/feeds-router.ts';
import { healthDocs, healthRoutes, type Readiness } from './health/health-routes.ts';
import { createResponseCache } from './http/response-cache.ts';
import { serveWebApp } from './http/web-app.ts';
import { initiativesDocs } from './initiatives/initiatives-docs.ts';
import { createInitiativesRepository } from './initiatives/initiatives-repository.ts';
import { initiativesRoutes } from './initiatives/initiatives-routes.ts';
import { createInitiativesService } from './initiatives/initiatives-service.ts';
import { openApiDocs, openApiRoutes } from './openapi/openapi-routes.ts';
import { buildOpenApiDocument, type RouteDoc } from './openapi/route-doc.ts';
import { sourcesDocs } from './sources/sources-docs.ts';
import { createSourcesRepository } from './sources/sources-repository.ts';
import { sourcesRoutes } from './sources/sources-routes.ts';
import { statsDocs } from './stats/stats-docs.ts';
import { createStatsRepository } from './stats/stats-repository.ts';
import { statsRoutes } from './stats/stats-routes.ts';
import { createStatsService } from './stats/stats-service.ts';

export interface AppDeps {
  store: Store;
  logger: Logger;
  staleAfterDays: number;
  /** Built web app to serve; none in API-only tests. */
  webDist?: string | undefined;
  /** Absolute base URL for links in exports and feeds; defaults to the request's own origin. */
  publicUrl?: string | undefined;
  trustProxy?: string | boolean;
  readiness?: Readiness;
  now?: () => Date;
  /** How long a session lasts; 12 hours when absent. */
  sessionTtlMs?: number;
}

export const apiVersion = '1.0.0';

export const routeDocs: RouteDoc[] = [
  ...initiativesDocs,
  ...officialsDocs,
  ...statsDocs,
  ...sourcesDocs,
  ...exportDocs,
  ...feedsDocs,
  ...openApiDocs,
  ...healthDocs,
];

export function createApp(deps: AppDeps): Express {
  const clock = { now: deps.now ?? (() => new Date()), staleAfterDays: deps.staleAfterDays };
  const readiness = deps.readiness ?? { accepting: true };
  const db = deps.store.db;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? 'loopback');
  app.set('etag', 'strong');
  app.use(
    pinoHttp({
      logger: deps.logger,
      // One short line a request: no headers, so no cookie or token can reach the log.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // Plain http on localhost must keep working; HTTPS deployments add HSTS at the proxy.
      strictTransportSecurity: false,
    }),
  );
  app.use(compression());
  app.use('/api', sameOriginWrites(deps.publicUrl));
  app.use('/api', express.json({ limit: '64kb' }));

  const api = express.Router();
  const cache = createResponseCache({ db, now: clock.now, staleAfterDays: clock.staleAfterDays });
  api.use(initiativesRoutes(createInitiativesService(createInitiativesRepository(db), clock), cache));
  api.use(createOfficialsRouter(db, clock, deps.sessionTtlMs));
  api.use(statsRoutes(createStatsService(createStatsRepository(db), clock), cache));
  api.use(sourcesRoutes(createSourcesRepository(db)));
  api.use(createExportRouter(deps.store, clock, deps.publicUrl));
  api.use(createFeedsRouter(db, clock, deps.publicUrl));
  api.use(openApiRoutes(buildOpenApiDocument(routeDocs, apiVersion)));
  api.use(apiNotFound);

  app.use('/api', api);
  app.use(healthRoutes(deps.store, readiness));
  if (deps.webDist) serveWebApp(app, deps.webDist);
  app.use(apiNotFound);
  app.use(errorMiddleware);
  return app;
}
