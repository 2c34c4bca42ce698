import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { file, json, routeFor } from '../http/route.ts';

export interface OpenApiRouteDeps {
  /** Built by the composition root from the whole route table, these routes included. */
  /** The document, built on first use: a server that is never asked for it does not spend its start-up or memory on it. */
  openApiDocument: () => unknown;
}

const route = routeFor<OpenApiRouteDeps>();

const require = createRequire(import.meta.url);
const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const docsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Civic Monitor API</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

// A file of its own so the page runs under a Content-Security-Policy without inline scripts. No validatorUrl:
// the badge would send the document's address to validator.swagger.io, which the policy blocks anyway.
const initScript = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });`;

/** A fixed text answer of the documentation page. */
const textFile = (path: string, summary: string, description: string, contentType: string, body: string) =>
  route({
    method: 'get',
    path,
    access: 'public',
    tag: 'operations',
    summary,
    responses: { 200: file(description, contentType) },
    handle({ res }) {
      res.type(contentType).send(body);
    },
  });

/** The two files of swagger-ui-dist the page loads, and nothing else of the package. */
const docsAsset = (name: string, contentType: string) =>
  route({
    method: 'get',
    path: `/api/docs/assets/${name}`,
    access: 'public',
    tag: 'operations',
    summary: `Swagger UI's ${name}, for the documentation page.`,
    responses: { 200: file(name, contentType) },
    handle({ res }) {
      // Relative to root: the package sits under node_modules/.pnpm, a dot-folder send() would refuse.
      res.sendFile(name, { root: swaggerUiDir, maxAge: '1d' });
    },
  });

export const openApiRoutes = [
  route({
    method: 'get',
    path: '/api/openapi.json',
    access: 'public',
    tag: 'operations',
    summary: 'This OpenAPI 3.1 document.',
    responses: { 200: json('The document', z.record(z.string(), z.unknown())) },
    handle({ deps, res }) {
      res.json(deps.openApiDocument());
    },
  }),
  textFile('/api/docs', 'Browsable API documentation.', 'An HTML page', 'text/html', docsPage),
  textFile(
    '/api/docs/init.js',
    'The script that starts the documentation page.',
    'JavaScript',
    'application/javascript',
    initScript,
  ),
  docsAsset('swagger-ui.css', 'text/css'),
  docsAsset('swagger-ui-bundle.js', 'application/javascript'),
];
