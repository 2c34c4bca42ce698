import { problemSchema, type Role, slugSchema, type User } from '@civic/shared';
import type { Request, Response } from 'express';
import { z } from 'zod';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Who may call a route: anyone, any logged-in user, or one whose role grants the named one (auth/auth-guard.ts). */
export type Access = 'public' | 'signed_in' | Role;
export type SignedInAccess = Exclude<Access, 'public'>;

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when there is a schema. */
  contentType?: string;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * The version check of a write (lost-update protection): the mount loop reads the version its author
 * saw (http/version-precondition.ts `versionSent`: the body's `version` field or an If-Match ETag) after
 * the body parses and before the handler runs, and hands it to the handler as `version`; neither is a
 * 428, after the 404 of a path that names nothing (the route's `assertExists`); a weak entity tag in If-Match
 * is a 412 there too (RFC 9110 §13.1.1: If-Match compares strongly). The OpenAPI document gets the 409
 * (stale, member `current`), the 412 and the 428 from it.
 */
export interface VersionPrecondition {
  /** What carries the version, for the 409's wording: 'initiative', 'milestone'. */
  noun: string;
  /** Member `current` of the 409: the thing as it now stands. */
  current: z.ZodType;
  /** 'if-match' for a route with no body (DELETE): the header alone carries the version. */
  from?: 'if-match';
}

/** A body schema that declares the `version` field a version check reads, or no body and If-Match alone. */
type VersionFor<B> = B extends z.ZodType
  ? z.output<B> extends { version?: number | undefined }
    ? VersionPrecondition
    : VersionPrecondition & { from: 'if-match' }
  : VersionPrecondition & { from: 'if-match' };

/** What a handler gets: the parsed input, the user the guard let through, the app's services and raw HTTP. */
interface RouteCall<Deps, A extends Access, P, Q, B, V> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** The version the author saw, on a route that declares `version` (else undefined). */
  version: V extends VersionPrecondition ? number : undefined;
  user: A extends 'public' ? undefined : User;
  deps: Deps;
  req: Request;
  res: Response;
}

/**
 * One route, declared once: the mount loop (http/mount-routes.ts) validates and guards from it,
 * and the OpenAPI document (openapi/openapi-document.ts) describes it from the same fields.
 */
export interface RouteSpec<
  Deps,
  A extends Access,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  V extends VersionPrecondition | undefined,
> {
  method: Method;
  /** Express-style and absolute, e.g. /api/initiatives/:id; each :name needs an entry in params. */
  path: string;
  access: A;
  tag: string;
  summary: string;
  /** Path parameters, each built with pathId: one that does not parse names nothing, so it is a 404. */
  params?: P;
  /**
   * Parsed from the query string (http/validate.ts `parseQuery`); a failure is a 400 naming each field.
   * A field is given once unless it is a list (`isListParam`); a repeat is a 400. Absent: the route takes
   * no parameter (`noQuery`, `queryOf`). Every query schema is strict: an unknown parameter is a 400
   * naming it (code unrecognized_key), never ignored; the mount loop refuses to start on one that is not.
   */
  query?: Q;
  /** Parsed from the JSON body; a failure is a 400 naming each field. Ignored when absent. */
  body?: B;
  /**
   * The media types of the body the route reads, when it reads one its handler parses itself (a
   * multipart upload); with a `body` schema it is application/json. A body of another type is a 415
   * naming them (http/content-type.ts).
   */
  accepts?: readonly string[];
  /** A write checked against the version its author saw: see VersionPrecondition. */
  version?: V;
  /**
   * With `version` and path parameters (required then): throws the route's 404 when the path names
   * nothing. Asked only when no version was sent, before the 428, so a write to a missing thing is a 404
   * whatever else it lacks; a write that sends its version reads once, in its handler, which finds it missing.
   */
  assertExists?(call: { params: Parsed<P>; deps: Deps }): Promise<void>;
  /** Answers beyond those the declaration implies (400, 401, 403, 404, and 409, 412 and 428 with `version`, are added from it). */
  responses: Record<number, ResponseDoc>;
  handle(call: RouteCall<Deps, A, P, Q, B, V>): void | Promise<void>;
}

/** A route with its input types erased, as tables hold them. */
export type Route<Deps> = RouteSpec<
  Deps,
  Access,
  z.ZodObject | undefined,
  z.ZodObject | undefined,
  z.ZodType | undefined,
  VersionPrecondition | undefined
>;

/** Declares routes needing `Deps`; the input types of each handler are inferred from its schemas. */
export const routeFor =
  <Deps>() =>
  <
    A extends Access,
    P extends z.ZodObject | undefined = undefined,
    Q extends z.ZodObject | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
    V extends VersionFor<B> | undefined = undefined,
  >(
    spec: RouteSpec<Deps, A, P, Q, B, V>,
  ): Route<Deps> =>
    spec as unknown as Route<Deps>;

const nouns = new WeakMap<z.ZodType, string>();

/** A path segment holding the id (a slug) of a `noun`, e.g. pathId('initiative'). */
export function pathId(noun: string): z.ZodType<string> {
  const schema = slugSchema.describe(`The ${noun}'s id`);
  nouns.set(schema, noun);
  return schema;
}

/** What a path parameter names, for "No initiative with id …" and the OpenAPI 404. */
export const nounOf = (schema: z.ZodType | undefined): string => (schema && nouns.get(schema)) ?? 'resource';

export const json = (description: string, schema: z.ZodType): ResponseDoc => ({ description, schema });

export const file = (description: string, contentType: string): ResponseDoc => ({ description, contentType });

/**
 * A problem+json answer, with the further members some carry (e.g. `current` on a version conflict) and,
 * where the status alone does not say which, the problem types it may carry (`problemTypes`).
 */
export const problem = (
  description: string,
  members?: z.ZodRawShape,
  types?: readonly [string, ...string[]],
): ResponseDoc => ({
  description,
  schema: problemSchema.extend({ ...(types ? { type: z.enum(types) } : {}), ...members }),
  contentType: 'application/problem+json',
});

/** The query of a route that takes none: any parameter is a 400. */
export const noQuery = z.strictObject({});

/** The query schema a route is checked against: its own, or `noQuery` when it declares none. */
export const queryOf = (route: { query?: z.ZodObject | undefined }): z.ZodObject => route.query ?? noQuery;

/** Whether a query schema refuses parameters it does not declare (a z.strictObject, or one made strict). */
export const refusesUnknown = (schema: z.ZodObject): boolean => schema._zod.def.catchall instanceof z.ZodNever;
