import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/db/connect.ts';
import { apiRoot, childStoreEnv, spawnApi } from './spawn-api.ts';
import { tempDir } from './test-app.ts';

const startCommand: string = JSON.parse(fs.readFileSync(path.join(apiRoot, 'package.json'), 'utf8')).scripts.start;

interface Started {
  child: ChildProcess;
  url: string;
  pid: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the package's start command (build when stale, then plain node) as `pnpm start` does. */
function startBuilt(storeEnv: Record<string, string>): Promise<Started> {
  const child = spawn('sh', ['-c', startCommand], {
    cwd: apiRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...storeEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('Civic Monitor is running at'));
      if (line) {
        const { url, pid } = JSON.parse(line) as { url: string; pid: number };
        resolve({ child, url, pid, output: () => output, exited });
      }
    });
    void exited.then((code) => reject(new Error(`the start command exited with ${code} before listening:\n${output}`)));
  });
}

const startLine = (output: string) =>
  JSON.parse(output.split('\n').find((l) => l.includes('Civic Monitor is running at')) ?? '{}') as {
    webDist?: string;
  };

describe('the production start: compiled JavaScript under plain node', () => {
  let built: Started;
  let store: Store | undefined;

  beforeAll(async () => {
    const target = await childStoreEnv();
    store = target.store;
    console.log(`built server on ${target.label}`);
    built = await startBuilt(target.env);
  }, 120_000);

  afterAll(async () => {
    if (built.child.exitCode === null) process.kill(built.pid, 'SIGKILL');
    await built.exited;
    await store?.close();
  });

  it('when started by the start command, then the server is node running dist/main.js, not TypeScript', () => {
    const argv = fs.readFileSync(`/proc/${built.pid}/cmdline`, 'utf8').split('\0');
    expect(argv.some((arg) => arg.endsWith('dist/main.js'))).toBe(true);
    expect(argv.join(' ')).not.toMatch(/tsx/);
    expect(fs.existsSync(path.join(apiRoot, 'dist', 'main.js'))).toBe(true);
  });

  it('when the built server starts on an empty store, then it migrates, seeds from the article and serves the API docs', async () => {
    expect((await fetch(`${built.url}/readyz`)).status).toBe(200);
    const list = (await (await fetch(`${built.url}/api/initiatives?pageSize=100`)).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).toContain('senate-council-local-bodies');
    const detail = (await (await fetch(`${built.url}/api/initiatives/senate-council-local-bodies`)).json()) as {
      source: { documentId: string } | null;
    };
    expect(detail.source).not.toBeNull();
    const source = await fetch(`${built.url}/api/sources/${detail.source?.documentId}`);
    expect(source.status).toBe(200);
    expect(JSON.stringify(await source.json())).toContain('маслихат');
    expect((await fetch(`${built.url}/api/docs/assets/swagger-ui.css`)).status).toBe(200);
  });

  it('when started from source and from the build, then both look for the web build in the same folder', async () => {
    const fromSource = await spawnApi({ DATA_DIR: tempDir() });
    try {
      expect(startLine(built.output()).webDist).toBe(path.resolve(apiRoot, '../web/dist'));
      expect(startLine(fromSource.output()).webDist).toBe(startLine(built.output()).webDist);
    } finally {
      fromSource.child.kill('SIGTERM');
      await fromSource.exited;
    }
  }, 60_000);

  it('when a quiet built server answers one request, then its line reaches stdout within a second, not with a later batch', async () => {
    await (await fetch(`${built.url}/api/owners`)).arrayBuffer();
    const deadline = Date.now() + 1000;
    const logged = () => built.output().includes('"url":"/api/owners"');
    while (!logged() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged()).toBe(true);
  });

  it('when the built server gets SIGTERM after answering, then every request line reaches stdout before it exits', async () => {
    // Twenty distinct addresses, each one the route accepts.
    const paths = Array.from({ length: 20 }, (_, i) => `/api/initiatives?pageSize=${i + 1}`);
    for (const p of paths) await (await fetch(`${built.url}${p}`)).arrayBuffer();
    process.kill(built.pid, 'SIGTERM');
    await built.exited;
    const logged = built
      .output()
      .split('\n')
      .filter((l) => l.includes('request completed'))
      .map((l) => (JSON.parse(l) as { req: { url: string } }).req.url);
    expect(logged).toEqual(expect.arrayContaining(paths));
    expect(built.output()).toContain('"msg":"stopped"');
  }, 30_000);
});
