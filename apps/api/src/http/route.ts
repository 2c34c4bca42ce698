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

/** What a handler gets: the parsed input, the user the guard let through, the app's services and raw HTTP. */
interface RouteCall<Deps, A extends Access, P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
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
   * A field is given once unless it is a list (`isListParam`); a repeat is a 400. Unchecked when absent.
   */
  query?: Q;
  /** Parsed from the JSON body; a failure is a 400 naming each field. Ignored when absent. */
  body?: B;
  /** Answers beyond those the declaration implies (400, 401, 403 and 404 are added from it). */
  responses: Record<number, ResponseDoc>;
  handle(call: RouteCall<Deps, A, P, Q, B>): void | Promise<void>;
}

/** A route with its input types erased, as tables hold them. */
export type Route<Deps> = RouteSpec<
  Deps,
  Access,
  z.ZodObject | undefined,
  z.ZodObject | undefined,
  z.ZodType | undefined
>;

/** Declares routes needing `Deps`; the input types of each handler are inferred from its schemas. */
export const routeFor =
  <Deps>() =>
  <
    A extends Access,
    P extends z.ZodObject | undefined = undefined,
    Q extends z.ZodObject | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
  >(
    spec: RouteSpec<Deps, A, P, Q, B>,
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

/** A problem+json answer, with the further members some carry (e.g. `current` on a version conflict). */
export const problem = (description: string, members?: z.ZodRawShape): ResponseDoc => ({
  description,
  schema: members ? problemSchema.extend(members) : problemSchema,
  contentType: 'application/problem+json',
});

/** The refusals of a write that checks the version seen (version-precondition.ts): stale, or none sent. */
export const versionRefusals = (noun: string, current: z.ZodType) => ({
  409: problem(`The version is stale; member current holds the ${noun} as it now stands`, { current }),
  428: problem('No version given'),
});

/** The query of a route that takes none: any parameter is a 400. */
export const noQuery = z.strictObject({});
