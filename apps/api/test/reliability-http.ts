import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface RawRequest {
  method: string;
  /** Sent byte for byte (latin1), so it may carry invalid UTF-8 and duplicate parameters. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A keep-alive HTTP/1.1 client below fetch, for requests fetch would refuse to send. */
export function createRawClient(baseUrl: string, maxSockets = 8) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    send(request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
      return new Promise((resolve, reject) => {
        const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
        const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
        // Oversized requests may be answered before they are fully sent: give each its own connection.
        const alone = (body?.length ?? 0) > 16_000 || request.path.length > 8_000;
        const req = http.request(
          {
            agent: alone ? false : agent,
            hostname,
            port,
            method: request.method,
            path: request.path,
            headers,
            timeout: timeoutMs,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

export type RawClient = ReturnType<typeof createRawClient>;

/** Runs the tasks with at most `limit` in flight, keeping their order in the result. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Writes a run's figures where docs/reliability.md reads them from. */
export function writeReport(name: string, figures: unknown): string {
  const dir = path.resolve(import.meta.dirname, '../../../.reports');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}
