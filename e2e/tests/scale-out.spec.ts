import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { expectInHeader } from './officials-helpers.ts';

// Two API instances on their own ports over one database, as behind a load balancer.
const apiMain = path.resolve(import.meta.dirname, '../../apps/api/src/main.ts');
const userCreate = path.resolve(import.meta.dirname, '../../apps/api/src/cli/user-create.ts');
const tsx = path.resolve(import.meta.dirname, '../../apps/api/node_modules/.bin/tsx');
const webDist = path.resolve(import.meta.dirname, '../../apps/web/dist');
const pgAdmin = ['-h', '127.0.0.1', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-Atc'];
const serverAnswers = spawnSync('psql', [...pgAdmin, 'select 1'], { timeout: 5000 }).status === 0;
const database = `civic_e2e_scale_${randomBytes(4).toString('hex')}`;
const env: Record<string, string> = {
  DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'civic-e2e-scale-')),
  ...(serverAnswers ? { DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}` } : {}),
  WEB_DIST: webDist,
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'info',
};
const username = `scale-${randomBytes(3).toString('hex')}`;
const password = randomBytes(12).toString('base64url');
const displayName = 'Айгуль Сапарова';

function startInstance(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(tsx, [apiMain], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/)?.[1];
      if (url) resolve({ url, child });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${output}`)));
  });
}

const instances: { url: string; child: ChildProcess }[] = [];

/**
 * A round-robin load balancer in front of the instances: one origin, as the public sees it. It turns
 * per path, so a request repeated on every page load is sure to meet both instances whatever else loads.
 */
function startBalancer(): Promise<{
  url: string;
  served: { path: string; by: number; status: number }[];
  close(): void;
}> {
  const served: { path: string; by: number; status: number }[] = [];
  const turns = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://balancer').pathname;
    const turn = turns.get(pathname) ?? 0;
    turns.set(pathname, turn + 1);
    const by = turn % instances.length;
    const target = new URL(req.url ?? '/', instances[by]?.url);
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      served.push({ path: req.url ?? '', by, status: answer.statusCode ?? 0 });
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, served, close: () => server.close() });
    }),
  );
}

let balancer: Awaited<ReturnType<typeof startBalancer>>;

test.describe(`two instances behind a load balancer on one ${serverAnswers ? 'PostgreSQL' : 'SQLite (no PostgreSQL server answered)'} database`, () => {
  // Two instances and a user are started from scratch, which takes longer than one test's default.
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(async () => {
    // A hook keeps the 30 s default unless it says otherwise; spawning two servers on a busy machine needs more.
    test.setTimeout(120_000);
    if (serverAnswers) spawnSync('psql', [...pgAdmin, `create database ${database}`], { stdio: 'inherit' });
    const created = spawnSync(
      tsx,
      [userCreate, '--username', username, '--role', 'official', '--display-name', displayName],
      { env: { ...process.env, ...env, CIVIC_PASSWORD: password, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
    );
    expect(created.status, created.stderr).toBe(0);
    instances.push(await startInstance(), await startInstance());
    balancer = await startBalancer();
  });

  test.afterAll(async () => {
    balancer?.close();
    for (const { child } of instances) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (serverAnswers) spawnSync('psql', [...pgAdmin, `drop database if exists ${database} with (force)`]);
  });

  test('when an official logs in and records a change, then every page served by either instance knows the session and shows the change', async ({
    page,
  }) => {
    await page.goto(`${balancer.url}/login?lang=en`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectInHeader(page, page.getByRole('banner').getByText(displayName, { exact: true }));

    const id = 'social-media-outreach';
    const current = await (await page.request.get(`${balancer.url}/api/initiatives/${id}`)).json();
    const patched = await page.request.patch(`${balancer.url}/api/initiatives/${id}`, {
      headers: { origin: balancer.url, 'content-type': 'application/json' },
      data: { version: current.version, status: 'in_progress', note: 'First posts published on the regional page' },
    });
    expect(patched.status()).toBe(200);

    for (let visit = 0; visit < 4; visit += 1) {
      await page.goto(`${balancer.url}/initiatives/${id}?lang=en`);
      await expectInHeader(page, page.getByRole('banner').getByText(displayName, { exact: true }));
      await expect(page.getByText('First posts published on the regional page')).toBeVisible();
    }
    const sessionChecks = balancer.served.filter((s) => s.path.startsWith('/api/auth/me') && s.status === 200);
    expect(new Set(sessionChecks.map((s) => s.by))).toEqual(new Set([0, 1]));
    const detailReads = balancer.served.filter((s) => s.path.startsWith(`/api/initiatives/${id}`) && s.status === 200);
    expect(new Set(detailReads.map((s) => s.by))).toEqual(new Set([0, 1]));
  });
});
