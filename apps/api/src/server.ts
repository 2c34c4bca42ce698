import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { answerClientError } from './errors/client-error.ts';

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections and waits for in-flight requests; cuts what is left after `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;
}

/** Listens on the given port (0 picks a free one) and resolves with the address. */
export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.on('clientError', answerClientError);
    const inFlight = new Set<ServerResponse>();
    // One listener shared by every response (`this` is the response): no closure made per request.
    function forget(this: ServerResponse) {
      inFlight.delete(this);
    }
    server.on('request', (_req, res: ServerResponse) => {
      inFlight.add(res);
      res.on('close', forget);
    });
    server.once('error', reject);
    server.once('listening', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        close: (timeoutMs = 30_000) =>
          new Promise<void>((done, fail) => {
            const cut = setTimeout(() => server.closeAllConnections(), timeoutMs).unref();
            server.close((err) => {
              clearTimeout(cut);
              if (err) fail(err);
              else done();
            });
            server.closeIdleConnections();
            // Keep-alive connections end after their in-flight response instead of idling until their timeout.
            for (const res of inFlight) {
              if (!res.headersSent) res.setHeader('Connection', 'close');
              res.once('finish', () => setImmediate(() => server.closeIdleConnections()));
            }
          }),
      });
    });
  });
}
