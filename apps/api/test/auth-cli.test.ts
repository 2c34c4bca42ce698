import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../src/bootstrap.ts';
import { login, readJson } from './auth-helpers.ts';
import { startTestApp, type TestApp, tempDir } from './test-app.ts';

const apiDir = path.resolve(import.meta.dirname, '..');
const tsx = path.join(apiDir, 'node_modules/.bin/tsx');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as a child process, without blocking this process's own server meanwhile. */
function run(script: string, args: string[], dataDir: string, options: { password?: string; stdin?: string } = {}) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  };
  if (options.password !== undefined) env.CIVIC_PASSWORD = options.password;
  const child = spawn(tsx, [path.join(apiDir, 'src/cli', script), ...args], { cwd: apiDir, env, timeout: 60_000 });
  child.stdin.end(options.stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<Result>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

// The command writes to the embedded store under DATA_DIR, so this suite reads it back through that store.
describe('user:create and user:disable', () => {
  const dataDir = tempDir('civic-cli-');
  const password = 'a long enough passphrase';
  let app: TestApp;

  beforeAll(async () => {
    const created = await run(
      'user-create.ts',
      ['--username', 'aigerim', '--role', 'admin', '--display-name', 'Aigerim S.'],
      dataDir,
      {
        password,
      },
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('aigerim');
    expect(created.stdout + created.stderr).not.toContain(password);
    const piped = await run(
      'user-create.ts',
      ['--username', 'daulet', '--role', 'official', '--display-name', 'Daulet K.'],
      dataDir,
      { stdin: 'piped-in passphrase\n' },
    );
    expect(piped.status, piped.stderr).toBe(0);
    app = await startTestApp({ store: await prepareStore({ DATA_DIR: dataDir, DATABASE_URL: undefined }), dataDir });
  });
  afterAll(() => app?.close());

  it('when a user is created with CIVIC_PASSWORD, then they can log in with it and have the role', async () => {
    const cookie = await login(app, 'aigerim', password);
    const me = await readJson(await app.fetch('/api/auth/me', { headers: { cookie } }));
    expect(me.user).toMatchObject({ username: 'aigerim', displayName: 'Aigerim S.', role: 'admin', disabled: false });
  });

  it('when the password comes on stdin, then the trailing newline is not part of it', async () => {
    await expect(login(app, 'daulet', 'piped-in passphrase')).resolves.toMatch(/^civic_session=/);
  });

  it('when the password is short, missing, or the role unknown, then it fails and creates nobody', async () => {
    const named = (username: string) => ['--username', username, '--display-name', `${username} display`];
    const [short, none, badRole, again] = await Promise.all([
      run('user-create.ts', [...named('short'), '--role', 'official'], dataDir, { password: 'short' }),
      run('user-create.ts', [...named('nopass'), '--role', 'official'], dataDir),
      run('user-create.ts', [...named('boss'), '--role', 'root'], dataDir, { password }),
      run('user-create.ts', [...named('aigerim'), '--role', 'official'], dataDir, { password }),
    ]);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('password');
    expect(none.status).toBe(1);
    expect(badRole.status).toBe(2);
    expect(again.status).toBe(1);
    const users = await app.store.db.selectFrom('users').select('username').orderBy('username').execute();
    expect(users.map((u) => u.username)).toEqual(['aigerim', 'daulet']);
    expect(again.stderr).toContain('already exists');
  });

  it('when the display name is missing or is the username, then it fails and creates nobody', async () => {
    const [unnamed, sameName] = await Promise.all([
      run('user-create.ts', ['--username', 'unnamed', '--role', 'official'], dataDir, { password }),
      run('user-create.ts', ['--username', 'samename', '--role', 'official', '--display-name', 'SameName '], dataDir, {
        password,
      }),
    ]);
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr).toContain('--display-name');
    expect(sameName.status).toBe(1);
    expect(sameName.stderr).toContain('displayName');
    const users = await app.store.db.selectFrom('users').select('username').orderBy('username').execute();
    expect(users.map((u) => u.username)).toEqual(['aigerim', 'daulet']);
  });

  it('when user:disable runs, then the user can no longer log in', async () => {
    const res = await run('user-disable.ts', ['--username', 'daulet'], dataDir);
    expect(res.status, res.stderr).toBe(0);
    await expect(login(app, 'daulet', 'piped-in passphrase')).rejects.toThrow(/401/);
  });
});
