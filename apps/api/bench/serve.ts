import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { createApp } from '../src/app.ts';
import { openSqlite } from '../src/db/connect.ts';
import { listen } from '../src/server.ts';

/** What the parent asks this process to serve; see child-server.ts. */
export type ServeRequest =
  | { mode: 'api'; database: string; webDist?: string; lifetimeMs: number }
  | { mode: 'raw'; fixture: string; lifetimeMs: number }
  | { mode: 'express'; fixture: string; lifetimeMs: number };

export interface RawFixture {
  status: number;
  headers: [string, string][];
  bodyBase64: string;
}

const request = JSON.parse(process.env.BENCH_SERVE ?? '{}') as ServeRequest;

// Stops by itself: when the parent closes stdin, or at the latest when the lifetime runs out.
setTimeout(() => process.exit(0), request.lifetimeMs);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

function serveRaw(fixture: RawFixture): Promise<string> {
  const body = Buffer.from(fixture.bodyBase64, 'base64');
  const server = http.createServer((_req, res) => {
    res.writeHead(fixture.status, fixture.headers.flat());
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** A bare Express 5 app, no middleware: one handler sending the captured answer. */
function serveExpress(fixture: RawFixture): Promise<string> {
  const body = Buffer.from(fixture.bodyBase64, 'base64');
  const headers = Object.fromEntries(fixture.headers);
  const app = express();
  app.use((_req, res) => {
    res.status(fixture.status).set(headers).send(body);
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

async function serveApi(database: string, webDist: string | undefined): Promise<string> {
  const store = openSqlite(database);
  // Request logs at the production level, written where they cost what they cost but fill no disk.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const app = createApp({ store, logger, staleAfterDays: 30, webDist });
  return (await listen(app, 0, '127.0.0.1')).url;
}

const url =
  request.mode === 'api'
    ? await serveApi(request.database, request.webDist)
    : await (request.mode === 'raw' ? serveRaw : serveExpress)(
        JSON.parse(fs.readFileSync(request.fixture, 'utf8')) as RawFixture,
      );
process.stdout.write(`${JSON.stringify({ url })}\n`);
