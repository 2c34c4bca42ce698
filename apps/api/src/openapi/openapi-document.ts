import { problemTypes } from '@civic/shared';
import { z } from 'zod';
import { acceptedTypes } from '../http/content-type.ts';
import { type Access, nounOf, problem, queryOf, type ResponseDoc, type Route } from '../http/route.ts';

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
  // Each schema sits inside the document, whose dialect (OpenAPI 3.1's default, JSON Schema 2020-12) already applies.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
};

/** http/path-encoding.ts refuses it before the route matches, naming the parameter: every route with a path parameter can answer it. */
const badPathParameter = 'a path parameter is not valid percent-encoding';

/** Every route refuses a query parameter it does not declare (http/mount-routes.ts): each can answer this 400. */
const badQuery = (route: Route<unknown>) =>
  Object.keys(queryOf(route).shape).length === 0
    ? 'a query parameter was given; this route takes none'
    : 'a query parameter is unknown or invalid';

const isWrite = (route: Route<unknown>) => route.method !== 'get';

/** The answers a declaration implies: bad input, no session, a missing role or another origin, an unknown id, a stale or missing version. */
function impliedResponses(route: Route<unknown>): Record<number, ResponseDoc> {
  const implied: Record<number, ResponseDoc> = {};
  const badInput = [
    badQuery(route),
    ...(route.body ? ['a field is invalid'] : []),
    ...(route.params ? [badPathParameter] : []),
  ].join(', or ');
  implied[400] = problem(`${badInput[0]?.toUpperCase()}${badInput.slice(1)}`);
  const guarded = route.access !== 'public';
  if (guarded) implied[401] = problem('No live session');
  const refusals = [
    ...(guarded && route.access !== 'signed_in' ? [`lacks the ${route.access satisfies Access} role`] : []),
    ...(isWrite(route) ? ['sent from another origin'] : []),
  ];
  if (refusals.length > 0) {
    const text = refusals.join(', or ');
    implied[403] = problem(`${text[0]?.toUpperCase()}${text.slice(1)}`);
  }
  const nouns = Object.values((route.params?.shape ?? {}) as Record<string, z.ZodType>).map(nounOf);
  if (nouns.length > 0) implied[404] = problem(`No such ${nouns.join(' or ')}`);
  const accepted = acceptedTypes(route);
  if (accepted.length > 0) implied[415] = problem(`The body is not ${accepted.join(' or ')}`);
  if (route.version) {
    const { noun, current, from } = route.version;
    implied[409] = problem(`The version is stale; member current holds the ${noun} as it now stands`, { current }, [
      problemTypes.conflict,
    ]);
    implied[428] = problem(from === 'if-match' ? 'No If-Match given' : 'No version given');
    implied[412] = problem('If-Match holds a weak entity tag (W/"…"), which never matches: send the strong ETag');
  }
  return implied;
}

function toResponse(response: ResponseDoc) {
  if (!response.schema && !response.contentType) return { description: response.description };
  const schema = response.schema ? jsonSchema(response.schema, 'output') : { type: 'string' };
  return {
    description: response.description,
    content: { [response.contentType ?? 'application/json']: { schema } },
  };
}

/** How a write with a version check is called, said once from its declaration (http/route.ts VersionPrecondition). */
function versionDescription(route: Route<unknown>): { description?: string } {
  if (!route.version) return {};
  const { noun, from } = route.version;
  const how = from === 'if-match' ? 'as If-Match' : '(field version or If-Match)';
  return {
    description: `Send the ${noun}'s version seen ${how}: a stale one is a 409 whose member current holds the ${noun} as it now stands, none a 428.`,
  };
}

function toOperation(route: Route<unknown>) {
  const pathParams = Object.entries((route.params?.shape ?? {}) as Record<string, z.ZodType>).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(schema, 'input'),
  }));
  const queryParams = route.query
    ? Object.entries((jsonSchema(route.query, 'input').properties ?? {}) as Record<string, JsonObject>).map(
        ([name, schema]) => ({ name, in: 'query', required: false, schema }),
      )
    : [];
  const declared400 = route.responses[400];
  const declared415 = route.responses[415];
  const implied = impliedResponses(route);
  const responses = {
    ...implied,
    ...route.responses,
    // A route's own 400 says what its handler refuses; the refusal of an unknown query parameter and
    // of a badly encoded path hold for it too.
    ...(declared400
      ? {
          400: {
            ...declared400,
            description: [declared400.description, badQuery(route), ...(route.params ? [badPathParameter] : [])].join(
              ', or ',
            ),
          },
        }
      : {}),
    // So does the refusal of a body of another type beside a route's own 415.
    ...(declared415 && implied[415]
      ? { 415: { ...declared415, description: `${implied[415].description}, or ${declared415.description}` } }
      : {}),
  };
  return {
    summary: route.summary,
    ...versionDescription(route),
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    parameters: [...pathParams, ...queryParams],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    ...(route.access === 'public' ? {} : { security: [{ session: [] }], 'x-required-role': route.access }),
    responses: Object.fromEntries(Object.entries(responses).map(([status, r]) => [status, toResponse(r)])),
  };
}

/**
 * The OpenAPI 3.1 document of a route table: every operation comes from the declaration that
 * mounts it. No jsonSchemaDialect: the default (OpenAPI's base dialect) is the one the schemas use,
 * and Swagger UI warns about any other.
 */
export function buildOpenApiDocument(table: readonly Route<never>[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of table as readonly Route<unknown>[]) {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method] = toOperation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Monitor API',
      version,
      description:
        'Public read access to the initiatives tracked by Civic Monitor, their history and sources; writes need an official session. Errors are RFC 9457 problem details.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'civic_session' } },
    },
    paths,
  };
}
