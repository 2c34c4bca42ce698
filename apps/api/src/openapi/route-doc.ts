import { problemSchema } from '@civic/shared';
import { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/** One route as the OpenAPI document shows it; each domain lists its own beside its routes. */
export interface RouteDoc {
  method: HttpMethod;
  /** Express-style path, e.g. /api/initiatives/:id */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Who may call it; public when absent. */
  auth?: 'official' | 'admin';
  responses: Record<number, ResponseDoc>;
}

export const problemResponse = (description: string): ResponseDoc => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

const withoutDialect = ({ $schema: _ignored, ...rest }: Record<string, unknown>) => rest;

function toOperation(doc: RouteDoc) {
  const pathParams = [...doc.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queryParams = doc.query
    ? Object.entries(
        (withoutDialect(jsonSchema(doc.query, 'input')).properties ?? {}) as Record<string, Record<string, unknown>>,
      ).map(([name, schema]) => ({ name, in: 'query', required: false, schema }))
    : [];
  const responses = Object.fromEntries(
    Object.entries(doc.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.schema || response.contentType
          ? {
              content: {
                [response.contentType ?? 'application/json']: {
                  schema: response.schema ? withoutDialect(jsonSchema(response.schema, 'output')) : { type: 'string' },
                },
              },
            }
          : {}),
      },
    ]),
  );
  return {
    summary: doc.summary,
    tags: [doc.tag],
    operationId: `${doc.method}${doc.path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    parameters: [...pathParams, ...queryParams],
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: withoutDialect(jsonSchema(doc.body, 'input')) } },
          },
        }
      : {}),
    ...(doc.auth ? { security: [{ session: [] }], 'x-required-role': doc.auth } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, built from the shared zod schemas. */
export function buildOpenApiDocument(docs: RouteDoc[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const doc of docs) {
    const openApiPath = doc.path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][doc.method] = toOperation(doc);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Civic Monitor API',
      version,
      description:
        'Public read access to the initiatives tracked by Civic Monitor, their history and sources; writes need an official session. Errors are RFC 9457 problem details.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'civic_session' } },
    },
    paths,
  };
}
