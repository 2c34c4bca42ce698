import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../src/bootstrap.ts';
import { openStore, type Store } from '../src/db/connect.ts';
import { apiRoot, childStoreEnv } from './spawn-api.ts';
import { tempDir } from './test-app.ts';

const repoRoot = path.resolve(apiRoot, '../..');
// The README's lines first: they are the ones most readers paste.
const guide = ['README.md', 'docs/operations.md']
  .map((file) => fs.readFileSync(path.join(repoRoot, file), 'utf8'))
  .join('\n');
const pinnedPnpm = 'npx --yes pnpm@10.34.9';

/** The command lines of docs/operations.md for one script, exactly as a reader would paste them. */
function documented(script: 'migrate' | 'backup' | 'restore'): string {
  const pattern = new RegExp(`^ *${pinnedPnpm.replace(/[.@]/g, '\\$&')} --filter @civic/api ${script}\\b.*$`, 'm');
  const line = guide.match(pattern)?.[0].trim();
  if (!line) throw new Error(`neither README.md nor docs/operations.md shows a "${script}" command`);
  return line;
}

// Under `pnpm test` the pnpm already running is the pinned one; reuse it rather than fetch it again.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? `"${process.execPath}" "${process.env.npm_execpath}"`
  : pinnedPnpm;

function run(command: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const line = command.replace(pinnedPnpm, pnpm);
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', line], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const withFile = (command: string, file: string) => command.replace(/--file \S+/, `--file ${file}`);

async function everyRow(env: Record<string, string>) {
  const store = await openStore({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR ?? '' });
  try {
    return {
      initiatives: await store.db.selectFrom('initiatives').selectAll().orderBy('id').execute(),
      history: await store.db.selectFrom('status_changes').selectAll().orderBy('id').execute(),
    };
  } finally {
    await store.close();
  }
}

const source = await childStoreEnv();
const target = await childStoreEnv();
const owned: Store[] = [source.store, target.store].filter((s): s is Store => s !== undefined);

describe(`the commands of docs/operations.md (${source.label})`, { timeout: 180_000 }, () => {
  afterAll(async () => {
    for (const store of owned) await store.close();
  });

  it('when migrate runs on an empty store, then it applies the migrations, and a second run has nothing to do', async () => {
    const first = await run(documented('migrate'), source.env);
    expect(first.output).toMatch(/applied 0001-initial/);
    expect(first.code).toBe(0);
    const second = await run(documented('migrate'), source.env);
    expect(second.output).toMatch(/already up to date/);
    expect(second.code).toBe(0);
  });

  it('when backup and then restore run into a fresh store, then every initiative and history row is there, and a second restore is refused', async () => {
    const seeded = await prepareStore({
      DATABASE_URL: source.env.DATABASE_URL || undefined,
      DATA_DIR: source.env.DATA_DIR ?? '',
    });
    await seeded.close();
    const file = path.join(tempDir('civic-ops-'), 'civic.backup');

    const backup = await run(withFile(documented('backup'), file), source.env);
    expect(backup.output).toContain('Backed up');
    expect(backup.code).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const restore = await run(withFile(documented('restore'), file), target.env);
    expect(restore.output).toContain('Restored');
    expect(restore.code).toBe(0);
    const before = await everyRow(source.env);
    const after = await everyRow(target.env);
    expect(before.initiatives.length).toBe(13);
    expect(after).toEqual(before);

    const again = await run(withFile(documented('restore'), file), target.env);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Restore failed/);
  });
});
