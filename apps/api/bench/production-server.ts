import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { type ChildServer, cpuMsOf, peakRssOf } from './child-server.ts';

const apiDir = path.resolve(import.meta.dirname, '..');
/** The command `pnpm start` runs in apps/api (build when stale, then node dist/main.js), read from package.json. */
export const startCommand: string = JSON.parse(fs.readFileSync(path.join(apiDir, 'package.json'), 'utf8')).scripts
  .start;

// The node of the start command, with the flags the start gives it (the young generation's cap), and its script.
const serverCommand = /\bnode ((?:--\S+ )*)dist\/main\.js/;

export interface ProductionServer extends ChildServer {
  /** From spawning the start command to the first 200 of /readyz, in ms. */
  startMs: number;
  /** Resident memory now (Linux VmRSS), in bytes. */
  rss(): number | null;
}

export function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function readyAfter(url: string, started: number, deadline: number): Promise<number> {
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`${url}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url}/readyz did not answer 200 in time`);
}

/**
 * Starts the server the way `pnpm start` does — the package's start command in apps/api, the
 * environment of this process — on 127.0.0.1, a free port and its own data directory. Its log lines
 * (stdout) are read and dropped, as a terminal or a log collector would take them. `nodeOptions` go on
 * the server's node command line (a CPU profile with --profile).
 */
export async function startProductionServer(dataDir: string, nodeOptions: string[] = []): Promise<ProductionServer> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  // Node 20 refuses --cpu-prof in NODE_OPTIONS, so the flags go on the server's own node command line.
  const command = nodeOptions.length
    ? startCommand.replace(
        serverCommand,
        (_node, flags: string) => `node ${flags}${nodeOptions.join(' ')} dist/main.js`,
      )
    : startCommand;
  const child = spawn('sh', ['-c', command], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  let output = '';
  const found = new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('Civic Monitor is running at'));
      if (!line) return;
      const { url, pid } = JSON.parse(line) as { url: string; pid: number };
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ url, pid });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(([code]) => reject(new Error(`the server exited with ${code} before listening:\n${output}`)));
  });
  const { url, pid } = await found;
  const startMs = await readyAfter(url, started, performance.now() + 60_000);
  return {
    url,
    pid,
    startMs,
    rss: () => rssOf(pid),
    peakRss: () => peakRssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    stop: async () => {
      // SIGTERM is the production shutdown: in-flight requests finish, the log is flushed, a profile written.
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        for (const target of [pid, child.pid ?? 0]) {
          try {
            if (target) process.kill(target, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
