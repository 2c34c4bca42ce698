import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express, { type Express, type RequestHandler } from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { logRequests } from './request-log.ts';

/** A logger writing its lines into `lines`, with the app's redaction, as createLogger builds it. */
function sink(lines: Record<string, unknown>[]) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino(
    { level: 'info', redact: { paths: ['password', '*.password', 'token', '*.token'], remove: true } },
    stream,
  );
}

// Loaded untyped: its declarations of req.id and req.log would clash with the request log's own (knip.json
// names it, since knip does not follow createRequire).
const { pinoHttp } = createRequire(import.meta.url)('pino-http') as { pinoHttp: (options: object) => RequestHandler };

/** The app's pino-http configuration before the request log replaced it. */
function withPinoHttp(app: Express, logger: pino.Logger) {
  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: unknown, res: { statusCode: number }, err: unknown) =>
        err || res.statusCode >= 500 ? 'error' : 'info',
    }),
  );
}

/** Serves a few answers behind `install`'s request log, asks for each and returns the lines logged. */
async function linesOf(install: (app: Express, logger: pino.Logger) => void) {
  const lines: Record<string, unknown>[] = [];
  const app = express();
  install(app, sink(lines));
  app.get('/ok', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/fails', (_req, res) => {
    res.status(503).json({ status: 'busy' });
  });
  app.get('/warns', (req, res) => {
    req.log.warn({ token: 'secret', bytes: 3 }, 'something to note');
    res.status(404).end();
  });
  app.get('/never', (_req, res) => {
    res.write('partial');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const path of ['/ok?x=1', '/fails', '/warns']) await (await fetch(`${base}${path}`)).arrayBuffer();
    const aborting = new AbortController();
    const never = await fetch(`${base}/never`, { signal: aborting.signal });
    await never.body?.getReader().read();
    aborting.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    server.closeAllConnections();
    server.close();
  }
  // Time, pid, host and the timing and stack of an error differ between two runs; everything else must not.
  return lines.map((line) => {
    const { time, responseTime, err, ...rest } = line;
    expect(typeof time).toBe('number');
    if (line.msg !== 'something to note') expect(typeof responseTime).toBe('number');
    const error = err as { type: string; message: string; stack: string } | undefined;
    return {
      keys: Object.keys(line),
      ...rest,
      ...(error ? { err: { type: error.type, message: error.message } } : {}),
    } as Record<string, unknown>;
  });
}

describe('the request log line', () => {
  it('when requests end in success, failure, a route line and an abort, then the lines are those pino-http wrote, field for field and in the same order', async () => {
    const before = await linesOf(withPinoHttp);
    const now = await linesOf((app, logger) => app.use(logRequests(app, logger)));
    expect(now).toEqual(before);
    expect(now.map((l) => [l.msg, l.level])).toEqual([
      ['request completed', 30],
      ['request errored', 50],
      ['something to note', 40],
      ['request completed', 30],
      ['request aborted', 30],
    ]);
    expect(now[0]).toMatchObject({
      keys: ['level', 'time', 'pid', 'hostname', 'req', 'res', 'responseTime', 'msg'],
      req: { id: 1, method: 'GET', url: '/ok?x=1' },
      res: { statusCode: 200 },
    });
    expect(now[1]).toMatchObject({ err: { type: 'Error', message: 'failed with status code 503' } });
    // A line a route writes carries its request, and redaction still removes secrets from it.
    expect(now[2]).toMatchObject({ req: { id: 3, method: 'GET', url: '/warns' }, bytes: 3 });
    expect(now[2]).not.toHaveProperty('token');
  });
});
