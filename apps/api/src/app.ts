import { defaultTimeZone, importMaxBytes } from '@civic/shared';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { createAuthorize } from './auth/auth-guard.ts';
import { sameOriginWrites } from './auth/same-origin.ts';
import { type AppDeps, composeServices } from './compose.ts';
import { apiNotFound, errorMiddleware } from './errors/error-middleware.ts';
import { mountRoutes } from './http/mount-routes.ts';
import { logRequests } from './http/request-log.ts';
import { fixedHeaders, staticHeaders } from './http/static-headers.ts';
import { serveWebApp } from './http/web-app.ts';
import { webPageStatus } from './http/web-page-status.ts';
import { routeTable } from './routes.ts';

export type { AppDeps } from './compose.ts';

/** The Express app: protective middleware, then the route table mounted on the services of the composition root. */
export function createApp(deps: AppDeps): Express {
  const services = composeServices(deps);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? 'loopback');
  app.set('etag', 'strong');
  // One short line a request (http/request-log.ts): no headers, so no cookie or token can reach the log.
  const requestLog = logRequests(app, deps.logger);
  const securityHeaders = fixedHeaders(
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
  // A repeated public read (the list, the figures) is answered from the response cache first, with its
  // log line and the same headers, before any other middleware; the first answer and every other
  // request go on (http/response-cache.ts).
  const publicReads = new Set(
    routeTable.filter((route) => route.method === 'get' && route.access === 'public').map((route) => route.path),
  );
  app.use(services.cache.serveKept(publicReads, requestLog.begin, securityHeaders));
  app.use(requestLog);
  app.use(staticHeaders(securityHeaders));
  const compress = compression();
  // A request without Accept-Encoding gets identity bytes anyway: skip compression's per-response hooks.
  app.use((req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next()));
  const authorize = createAuthorize(services.auth);
  // The liveness and readiness probes (the only routes outside /api) need none of the /api middleware
  // below: mounted here, a probe does not walk the whole route table first.
  const operations = express.Router();
  mountRoutes(
    operations,
    routeTable.filter((route) => !route.path.startsWith('/api/')),
    services,
    authorize,
  );
  app.use(operations);
  app.use('/api', sameOriginWrites(deps.publicUrl));
  // An import carries up to 1 MB of text, which JSON escaping may lengthen; the service checks the text itself.
  app.post('/api/imports', express.json({ limit: 2 * importMaxBytes }));
  const parseJson = express.json({ limit: '64kb' });
  // GET and HEAD carry no body to read; the parser only costs them time.
  app.use('/api', (req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' ? next() : parseJson(req, res, next),
  );

  const routes = express.Router();
  mountRoutes(
    routes,
    routeTable.filter((route) => route.path.startsWith('/api/')),
    services,
    authorize,
  );
  app.use(routes);
  app.use('/api', apiNotFound);
  if (deps.webDist) {
    const pageStatus = webPageStatus({
      '/initiatives/:id': services.initiatives.exists,
      '/sources/:id': services.sources.exists,
      // Only officials read an import, and GET /api/imports/:id asks for the session first: a 404
      // here would tell anyone which import ids exist, so every well-formed id is served.
      '/imports/:id': async () => true,
    });
    serveWebApp(app, deps.webDist, pageStatus, deps.timeZone ?? defaultTimeZone);
  }
  app.use(apiNotFound);
  app.use(errorMiddleware);
  return app;
}
