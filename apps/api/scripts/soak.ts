import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareStore } from '../src/bootstrap.ts';
import { createUsersRepository } from '../src/users/users-repository.ts';
import { createUsersService } from '../src/users/users-service.ts';
import { freePort } from './free-port.ts';
import { runLoad } from './load-driver.ts';

const usage = `Usage: pnpm --filter @civic/api soak [--rate 500] [--duration 60] [--write-share 0.05] [--seed 1]
Starts the API as a child process on a fresh SQLite database in a temp folder (127.0.0.1, free port),
drives the mixed load, prints p50/p90/p99/max, errors and the server's memory before and after, and stops.
`;

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '500' },
    duration: { type: 'string', default: '60' },
    'write-share': { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const apiRoot = path.resolve(import.meta.dirname, '..');
const reportDir = path.resolve(apiRoot, '../../.reports');

/** The child's resident memory in MiB, from /proc (Linux); null elsewhere. */
function rssMiB(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-soak-'));
const username = 'soak-official';
const password = `soak-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const store = await prepareStore({ DATA_DIR: dataDir, DATABASE_URL: undefined });
await createUsersService(createUsersRepository(store.db)).create({
  username,
  password,
  role: 'official',
  displayName: 'Soak Official',
});
await store.close();

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: apiRoot,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    WEB_DIST: path.join(dataDir, 'no-web'),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopChild = () => child.exitCode === null && child.kill('SIGTERM');
process.on('exit', stopChild);

try {
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the server did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = /civic_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`login failed with ${login.status}`);
  const list = (await (await fetch(`${url}/api/initiatives?pageSize=100`)).json()) as { items: { id: string }[] };

  const rate = Number(values.rate);
  const seconds = Number(values.duration);
  const before = rssMiB(child.pid);
  console.log(`soak: ${rate} req/s for ${seconds} s against ${url} (server rss ${before} MiB)`);
  const result = await runLoad({
    url,
    rate,
    durationMs: seconds * 1000,
    writeShare: Number(values['write-share']),
    cookie,
    ids: list.items.map((i) => i.id),
    seed: Number(values.seed),
  });
  const after = rssMiB(child.pid);
  // The machine's own load says whether the figures measure the API or its neighbours.
  const machine = { cpus: os.cpus().length, loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 10) / 10 };
  const report = { rate, seconds, ...result, serverRssMiB: { before, after }, machine, at: new Date().toISOString() };
  fs.mkdirSync(reportDir, { recursive: true });
  fs.writeFileSync(path.join(reportDir, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  const { p50, p90, p99, max } = result.latencyMs;
  console.log(
    `sent ${result.sent} (${result.reads} reads, ${result.writes} writes, ${result.conflicts} version conflicts) at ${result.achievedRate} req/s\n` +
      `latency ms: p50 ${p50}, p90 ${p90}, p99 ${p99}, max ${max}\n` +
      `errors: ${result.errors}${result.errorSamples.length ? ` e.g. ${result.errorSamples.slice(0, 3).join('; ')}` : ''}\n` +
      `server rss MiB: ${before} before, ${after} after\n` +
      `machine: ${machine.cpus} cpus, load average ${machine.loadAverage1m}\nreport: ${path.join(reportDir, 'soak.json')}`,
  );
  process.exitCode = result.errors === 0 ? 0 : 1;
} finally {
  const exited = new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  stopChild();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
