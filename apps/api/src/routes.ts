import { type AssessmentsRouteDeps, assessmentsRoutes } from './assessments/assessments-routes.ts';
import { type AuthRouteDeps, authRoutes } from './auth/auth-routes.ts';
import { type ExportRouteDeps, exportRoutes } from './export/export-routes.ts';
import { type FeedsRouteDeps, feedsRoutes } from './feeds/feeds-routes.ts';
import { type HealthRouteDeps, healthRoutes } from './health/health-routes.ts';
import type { Route } from './http/route.ts';
import { type ImportsRouteDeps, importsRoutes } from './imports/imports-routes.ts';
import { type InitiativesRouteDeps, initiativesRoutes } from './initiatives/initiatives-routes.ts';
import { type InitiativesWriteRouteDeps, initiativesWriteRoutes } from './initiatives/initiatives-write-routes.ts';
import { type MilestonesRouteDeps, milestonesRoutes } from './milestones/milestones-routes.ts';
import { type OpenApiRouteDeps, openApiRoutes } from './openapi/openapi-routes.ts';
import { type SourcesRouteDeps, sourcesRoutes } from './sources/sources-routes.ts';
import { type SpreadsheetsRouteDeps, spreadsheetsRoutes } from './spreadsheets/spreadsheets-routes.ts';
import { type StatsRouteDeps, statsRoutes } from './stats/stats-routes.ts';
import { type UsersRouteDeps, usersRoutes } from './users/users-routes.ts';

/** Everything the route handlers use; the composition root (compose.ts) builds it once. */
export type RouteDeps = AuthRouteDeps &
  UsersRouteDeps &
  InitiativesRouteDeps &
  InitiativesWriteRouteDeps &
  MilestonesRouteDeps &
  AssessmentsRouteDeps &
  StatsRouteDeps &
  SourcesRouteDeps &
  ImportsRouteDeps &
  ExportRouteDeps &
  SpreadsheetsRouteDeps &
  FeedsRouteDeps &
  OpenApiRouteDeps &
  HealthRouteDeps;

/** Every route the server answers, in mount order: one loop mounts it and the same list is the OpenAPI document. */
export const routeTable: readonly Route<RouteDeps>[] = [
  ...initiativesRoutes,
  ...initiativesWriteRoutes,
  ...milestonesRoutes,
  ...assessmentsRoutes,
  ...authRoutes,
  ...usersRoutes,
  ...statsRoutes,
  ...sourcesRoutes,
  ...importsRoutes,
  ...exportRoutes,
  ...spreadsheetsRoutes,
  ...feedsRoutes,
  ...openApiRoutes,
  ...healthRoutes,
];
