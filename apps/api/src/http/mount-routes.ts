import { problemTypes, type User } from '@civic/shared';
import type { Request, RequestHandler, Router } from 'express';
import { AppError } from '../errors/app-error.ts';
import { acceptedTypes, refuseUnsupportedType } from './content-type.ts';
import { refuseBadlyEncodedParams } from './path-encoding.ts';
import { type Access, queryOf, type Route, refusesUnknown } from './route.ts';
import { parseInput, parsePathParams, parseQuery } from './validate.ts';
import { isWeak, versionRequired, versionSent, weakTagRefused } from './version-precondition.ts';

/** Finds the request's user and checks they may call a route of `access`: 401 without a session, 403 without the role. */
export type Authorize = (req: Request, access: Exclude<Access, 'public'>) => Promise<User>;

const pathNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);

/** A path parameter without a schema would reach a handler unchecked: refuse to start instead. */
function assertParamsDeclared(route: Route<unknown>): void {
  const declared = Object.keys(route.params?.shape ?? {});
  if (pathNames(route.path).join() !== declared.join()) {
    throw new Error(`${route.method} ${route.path}: params must declare exactly ${pathNames(route.path).join(', ')}`);
  }
}

/** Answers a known path asked with a method it does not have: 405 with Allow (RFC 9110 §15.5.6); OPTIONS gets 204. */
function otherMethods(methods: string[]): RequestHandler {
  const allow = [...new Set(methods.flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()])))].join(', ');
  return (req, res, next) => {
    res.setHeader('Allow', `${allow}, OPTIONS`);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new AppError(405, problemTypes.methodNotAllowed, 'Method not allowed', `${req.path} answers ${allow} only.`, [
        { field: 'method', message: `${req.method} is not one of ${allow}`, code: 'not_allowed' },
      ]),
    );
  };
}

/** A query schema that lets unknown parameters through would ignore them silently: refuse to start instead. */
function assertQueryStrict(route: Route<unknown>): void {
  if (!refusesUnknown(queryOf(route))) {
    throw new Error(`${route.method} ${route.path}: the query schema must refuse unknown parameters (z.strictObject)`);
  }
}

/** A version check on a path that names a thing must say how its 404 comes before the 428: refuse to start without. */
function assertExistsDeclared(route: Route<unknown>): void {
  if (route.version && route.params && !route.assertExists) {
    throw new Error(`${route.method} ${route.path}: a version check on a path with parameters needs assertExists`);
  }
}

/**
 * The version a write's author saw, on a route that declares a version check: from the body's field or
 * If-Match. None sent is a 428, and a weak entity tag in If-Match a 412, but a path that names nothing
 * is first its 404 (one more read, only on a request that is refused either way).
 */
async function versionSeen<Deps>(
  route: Route<Deps>,
  call: { params: unknown; body: unknown; deps: Deps; req: Request },
): Promise<number | undefined> {
  if (!route.version) return undefined;
  const { params, body, deps, req } = call;
  const fromBody = route.version.from === 'if-match' ? undefined : (body as { version?: number } | undefined)?.version;
  const ifMatch = req.get('if-match');
  const assertExists = () =>
    route.assertExists?.({ params, deps } as Parameters<NonNullable<Route<Deps>['assertExists']>>[0]);
  // A weak tag is refused (412) as a precondition: after the 404 of a path that names nothing.
  if (isWeak(ifMatch)) {
    await assertExists();
    throw weakTagRefused();
  }
  const version = versionSent(fromBody, ifMatch);
  if (version !== undefined) return version;
  await assertExists();
  throw versionRequired(ifMatch);
}

/**
 * Mounts every route of the table: guard (401, then 403), then query and body parsed by the route's
 * own schemas (problem+json on failure, via the error middleware), a body of a type the route does not
 * read refused (415, `refuseUnsupportedType`), then the path (404 for an id that is not well-formed),
 * then the version seen on a route that declares
 * a version check (400; when none is sent, 404 if the path names nothing, else 428), then its handler,
 * whose own 404 and 409 follow. A path parameter that is not valid percent-encoding is refused first,
 * naming it (`refuseBadlyEncodedParams`).
 */
export function mountRoutes<Deps>(router: Router, table: readonly Route<Deps>[], deps: Deps, authorize: Authorize) {
  router.use(refuseBadlyEncodedParams(table as readonly Route<unknown>[]));
  for (const route of table) {
    assertParamsDeclared(route as Route<unknown>);
    assertExistsDeclared(route as Route<unknown>);
    assertQueryStrict(route as Route<unknown>);
    router[route.method](route.path, async (req, res) => {
      const user = route.access === 'public' ? undefined : await authorize(req, route.access);
      // A route without a query schema takes none: an address without '?' has nothing to check, so the
      // probes and other such routes skip the query parser; one with parameters is refused by `noQuery`.
      const query = route.query || req.originalUrl.includes('?') ? parseQuery(queryOf(route), req) : undefined;
      refuseUnsupportedType(req, res, acceptedTypes(route as Route<unknown>));
      const body = route.body ? parseInput(route.body, req.body, 'body') : undefined;
      // An id that is not well-formed names nothing: a 404, after what the request itself got wrong.
      const params = route.params ? parsePathParams(route.params, req.params as Record<string, string>) : undefined;
      const version = await versionSeen(route, { params, body, deps, req });
      await route.handle({ params, query, body, version, user, deps, req, res } as Parameters<
        Route<Deps>['handle']
      >[0]);
    });
  }
  // After every route, so these only see a path whose method matched none.
  const methodsByPath = new Map<string, string[]>();
  for (const route of table) methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
  for (const [path, methods] of methodsByPath) router.all(path, otherMethods(methods));
}
