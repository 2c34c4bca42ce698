import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { ServeRequest } from './serve.ts';

export interface ChildServer {
  url: string;
  pid: number;
  /** Peak resident memory of the server process so far, in bytes (Linux VmHWM). */
  peakRss(): number | null;
  /** CPU time the server process has used so far, in milliseconds (user + system). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

const serveFile = path.join(import.meta.dirname, 'serve.ts');

export function peakRssOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

// Linux reports process times in clock ticks, 100 per second on every common kernel build.
const ticksPerSecond = 100;

export function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** Starts a server in its own process, so load generation and serving do not share one event loop. */
export async function startChildServer(request: ServeRequest, extraNodeFlags: string[] = []): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...extraNodeFlags, ...process.execArgv, serveFile], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_SERVE: JSON.stringify(request) },
  });
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before listening`)));
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    peakRss: () => peakRssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    stop: async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
