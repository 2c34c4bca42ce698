import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Store } from '../src/db/connect.ts';
import { openPostgresTestStore, postgresTarget, serverUrlOf } from './postgres-test-store.ts';
import { tempDir } from './test-app.ts';

export const apiRoot = path.resolve(import.meta.dirname, '..');
export const tsxBin = path.join(apiRoot, 'node_modules/.bin/tsx');

export interface SpawnedApi {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  exited: Promise<number | null>;
}

/** Starts src/main.ts as its own process, as in production, and resolves once it listens. */
export function spawnApi(env: Record<string, string>): Promise<SpawnedApi> {
  const child = spawn(tsxBin, ['src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (more: Buffer) => {
          output += more.toString();
        });
        resolve({ url: match[1], child, output: () => output, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`the API exited with ${code} before listening:\n${output}`)));
  });
}

/**
 * Where a spawned process keeps its data on this suite's store: a fresh PostgreSQL database on the
 * server, or a fresh SQLite data directory (also when the PostgreSQL suite runs on in-process PGlite,
 * which another process cannot reach).
 */
export async function childStoreEnv(): Promise<{ env: Record<string, string>; label: string; store?: Store }> {
  const dataDir = tempDir();
  if (process.env.TEST_STORE === 'postgres' && (await postgresTarget()).kind === 'server') {
    const store = await openPostgresTestStore();
    return { env: { DATA_DIR: dataDir, DATABASE_URL: serverUrlOf(store) ?? '' }, label: 'PostgreSQL server', store };
  }
  const pgliteNote = process.env.TEST_STORE === 'postgres' ? ' (PGlite is in-process only)' : '';
  return { env: { DATA_DIR: dataDir }, label: `SQLite${pgliteNote}` };
}
