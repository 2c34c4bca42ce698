import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { childStoreEnv, type SpawnedApi, spawnApi } from './spawn-api.ts';

const target = await childStoreEnv();

/** Sends a request's head and half its body, and resolves once the server has taken the request in. */
function startSlowRequest(url: string): Promise<{ socket: net.Socket; finish(): Promise<string> }> {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({ note: 'a body the client is slow to send' });
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    const ended = new Promise<string>((done) => socket.on('end', () => done(received)));
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.startsWith('HTTP/1.1 100 Continue\r\n\r\n')) {
        received = '';
        resolve({
          socket,
          finish: () => {
            socket.write(body.slice(10));
            return ended;
          },
        });
      }
    });
    socket.once('error', reject);
    socket.write(
      `POST /api/no-such-thing HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n${body.slice(0, 10)}`,
    );
  });
}

async function readyStatus(url: string): Promise<number | 'refused'> {
  try {
    return (await fetch(`${url}/readyz`, { headers: { connection: 'close' } })).status;
  } catch {
    return 'refused';
  }
}

async function until<T>(probe: () => Promise<T>, wanted: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await probe();
    if (wanted(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`graceful shutdown on SIGTERM (${target.label})`, () => {
  let api: SpawnedApi;
  let store: Store | undefined;
  beforeAll(async () => {
    store = target.store;
    api = await spawnApi({ ...target.env, SHUTDOWN_DRAIN_MS: '1500' });
  });
  afterAll(async () => {
    if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await store?.close();
  });

  it('when SIGTERM arrives mid-request, then readyz turns 503, new connections are refused, the request finishes and the process exits 0', async () => {
    expect(await readyStatus(api.url)).toBe(200);
    const slow = await startSlowRequest(api.url);

    api.child.kill('SIGTERM');
    expect(
      await until(
        () => readyStatus(api.url),
        (s) => s !== 200,
      ),
    ).toBe(503);
    expect(
      await until(
        () => readyStatus(api.url),
        (s) => s !== 503,
      ),
    ).toBe('refused');
    expect(api.child.exitCode).toBeNull();

    const response = await slow.finish();
    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(response).toContain('application/problem+json');
    expect(response).toMatch(/^connection: close\r$/im);
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('"msg":"stopped"');
  });
});
