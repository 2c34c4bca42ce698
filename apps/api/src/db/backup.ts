import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/** Where a store lives: a PostgreSQL connection string, or the SQLite file of a data directory. */
export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

const sqliteFileName = 'civic-monitor.db';

function sqliteFile(location: StoreLocation): string {
  return path.join(location.dataDir, sqliteFileName);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', (err) => reject(new Error(`${command} could not start: ${err.message}`)));
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * Writes a consistent copy while the store stays in use: SQLite's online backup API, or pg_dump's
 * snapshot in its custom format (pg_restore reads it; pg_dump must be at least the server's version).
 */
export async function backupStore(location: StoreLocation, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (location.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, location.databaseUrl]);
    return;
  }
  const source = sqliteFile(location);
  if (!fs.existsSync(source)) throw new Error(`No SQLite store at ${source}`);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
}

/**
 * Restores a backup into an empty store (a new data directory, or a new PostgreSQL database);
 * with `replace`, what is there is overwritten. Instances on that store must be stopped first.
 */
export async function restoreStore(location: StoreLocation, file: string, replace = false): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}`);
  if (location.databaseUrl) {
    const clean = replace ? ['--clean', '--if-exists'] : [];
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', ...clean];
    await run('pg_restore', [...args, `--dbname=${location.databaseUrl}`, file]);
    return;
  }
  const target = sqliteFile(location);
  if (fs.existsSync(target) && !replace) throw new Error(`${target} exists; pass --replace to overwrite it`);
  const backup = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = backup.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get();
    if ((check as { n: number }).n !== 1) throw new Error(`${file} is not a Civic Monitor backup`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
