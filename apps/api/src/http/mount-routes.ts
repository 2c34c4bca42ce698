import type { User } from '@civic/shared';
import type { Request, Router } from 'express';
import type { Access, Route } from './route.ts';
import { parseInput, parsePathParams } from './validate.ts';

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

/**
 * Mounts every route of the table: guard, then path, query and body parsed by the route's own
 * schemas (problem+json on failure, via the error middleware), then its handler.
 */
export function mountRoutes<Deps>(router: Router, table: readonly Route<Deps>[], deps: Deps, authorize: Authorize) {
  for (const route of table) {
    assertParamsDeclared(route as Route<unknown>);
    router[route.method](route.path, async (req, res) => {
      const user = route.access === 'public' ? undefined : await authorize(req, route.access);
      const params = route.params ? parsePathParams(route.params, req.params as Record<string, string>) : undefined;
      const query = route.query ? parseInput(route.query, req.query, 'query') : undefined;
      const body = route.body ? parseInput(route.body, req.body, 'body') : undefined;
      await route.handle({ params, query, body, user, deps, req, res } as Parameters<Route<Deps>['handle']>[0]);
    });
  }
}
