import path from 'node:path';
import type { Status, User } from '@civic/shared';
import { defaultTimeZone, statuses, statusProgressPreset } from '@civic/shared';
import SQLite from 'better-sqlite3';
import { createInitiativesRepository } from '../src/initiatives/initiatives-repository.ts';
import { createInitiativesService } from '../src/initiatives/initiatives-service.ts';
import { createInitiativesWriteRepository } from '../src/initiatives/initiatives-write-repository.ts';
import { createInitiativesWriteService } from '../src/initiatives/initiatives-write-service.ts';
import { type BenchContext, type Figure, fmt, ms, notMeasured } from './figure.ts';
import { benchDir, removeDatabase, syntheticDatabase, workingCopy } from './synthetic-data.ts';
import { postgresTarget, sqliteTarget, type WriteTarget } from './write-target.ts';

const user: User = {
  id: 'synthetic-official',
  username: 'bench',
  displayName: 'Benchmark',
  role: 'official',
  organisation: null,
  disabled: false,
};
const initiatives = 1000;

/** Status updates through the write service for a bounded time; each worker owns its own initiatives. */
async function measure(target: WriteTarget, seconds: number, workers: number) {
  const settings = { now: () => new Date(), staleAfterDays: 30, timeZone: defaultTimeZone };
  const reader = createInitiativesService(createInitiativesRepository(target.store.db), settings);
  const writer = createInitiativesWriteService(createInitiativesWriteRepository(target.store.db), reader, settings);
  // Only initiatives with no children: a child's change rolls up into its parent and gives the parent a
  // new version, which a writer holding the parent's old version would then meet as a conflict.
  const rows = await target.store.db
    .selectFrom('initiatives')
    .select(['id', 'version', 'status'])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('initiatives as c').select('c.id').whereRef('c.parent_id', '=', 'initiatives.id'))),
    )
    .execute();
  const state = new Map(rows.map((r) => [r.id, { version: Number(r.version), status: r.status as Status }]));
  const ids = [...state.keys()];
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let n = worker; performance.now() < until; n += workers) {
        const id = ids[n % ids.length] as string;
        const current = state.get(id) ?? { version: 1, status: 'proposed' as Status };
        const status = statuses[(statuses.indexOf(current.status) + 1) % statuses.length] as Status;
        const detail = await writer.update(
          id,
          // A status with no preset keeps the progress it had, and 100 % is only for completed (progressConflict).
          {
            status,
            note: 'Синтетическое обновление статуса',
            ...(statusProgressPreset[status] === null ? { progress: 50 } : {}),
          },
          current.version,
          user,
        );
        state.set(id, { version: detail.version, status: detail.status });
        done++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    rate: done / ((performance.now() - started) / 1000),
    cpuMsPerUpdate: (cpu.user + cpu.system) / 1000 / Math.max(1, done),
  };
}

/** The ceiling one commit per update cannot pass: bare one-row durable commits on the same disk and settings. */
function bareCommitsPerSecond(seconds: number, synchronous: 'FULL' | 'NORMAL' = 'FULL'): number {
  const file = path.join(benchDir, `commits-${process.pid}.db`);
  const sqlite = new SQLite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${synchronous}`);
    sqlite.exec('create table t (id integer primary key, v text)');
    const insert = sqlite.prepare('insert into t (v) values (?)');
    const commit = sqlite.transaction(() => insert.run('x'));
    let done = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      commit();
      done++;
    }
    return done / ((performance.now() - started) / 1000);
  } finally {
    sqlite.close();
    removeDatabase(file);
  }
}

/** Figure 4: durable status updates, each with its history row in one transaction, on SQLite and PostgreSQL. */
export async function writesBench(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const file = workingCopy(await syntheticDatabase({ initiatives, history: 10_000 }, ctx.log), 'writes');
  const relaxedFile = workingCopy(file, 'writes-normal');
  const sqlite = await sqliteTarget(file);
  const relaxed = await sqliteTarget(relaxedFile, 'NORMAL');
  try {
    ctx.log(`writes: SQLite for ${ctx.seconds} s`);
    const { rate, cpuMsPerUpdate } = await measure(sqlite, ctx.seconds, 1);
    const ceiling = bareCommitsPerSecond(Math.min(ctx.seconds, 3));
    ctx.log(`writes: SQLite with synchronous=NORMAL for ${ctx.seconds} s, for comparison`);
    const normal = await measure(relaxed, ctx.seconds, 1);
    const normalCeiling = bareCommitsPerSecond(Math.min(ctx.seconds, 3), 'NORMAL');
    figures.push({
      figure: 'Durable status updates, SQLite: updates/s',
      value: fmt(rate),
      baseline: '—',
      ratio: '—',
      goal: '≥ 1 000/s',
      met: rate >= 1000,
      limit: `With one fsync per commit, updates/s cannot pass the disk's fsyncs/s: bare one-row commits with the same settings on the same disk reached ${fmt(ceiling)}/s in this run (${ms(1000 / ceiling)} each), so 1 000/s, which needs a commit every 1 ms, cannot be met on this disk by any update that commits on its own. Each update also used ${ms(cpuMsPerUpdate)} of this process's CPU (read at the version, update, history insert, the triggers that keep the per-day counts and the data generation, commit, then the detail read back with five more queries). For comparison, with synchronous=NORMAL (WAL fsynced only at checkpoints) the same updates ran at ${fmt(normal.rate)}/s, ${ms(normal.cpuMsPerUpdate)} of CPU each, and bare commits at ${fmt(normalCeiling)}/s: then CPU per update is the limit. In WAL mode NORMAL keeps every commit across a crash of the process, but a power cut or an operating-system crash can undo the last commits (SQLite's documentation of PRAGMA synchronous); the README promises that an acknowledged change survives a power cut, so FULL stays the default. Reaching 1 000/s durably needs group commit (concurrent updates gathered into one transaction and one fsync, each keeping its own version check and history row), less work per update (the read-back answered from the row just written), or a disk whose fsync takes well under 1 ms.`,
    });
    ctx.notes.push(
      `Writes on SQLite: ${sqlite.durability}; one writer; ${ms(cpuMsPerUpdate)} of CPU per update. Bare one-row commits with the same settings: ${fmt(ceiling)}/s.`,
    );
    ctx.notes.push(
      `Writes on SQLite for comparison only (not the product's setting): ${relaxed.durability}; ${fmt(normal.rate)} updates/s, ${ms(normal.cpuMsPerUpdate)} of CPU per update; bare one-row commits ${fmt(normalCeiling)}/s.`,
    );
  } finally {
    await sqlite.dispose();
    await relaxed.dispose();
    removeDatabase(file);
    removeDatabase(relaxedFile);
  }
  const postgres = await postgresTarget(initiatives).catch((err: Error) => {
    ctx.notes.push(`PostgreSQL writes could not be set up: ${err.message}`);
    return null;
  });
  if (!postgres) {
    figures.push(
      notMeasured('Durable status updates, PostgreSQL: updates/s', 'reported', 'no PostgreSQL server answered'),
    );
    return figures;
  }
  try {
    ctx.log(`writes: PostgreSQL for ${ctx.seconds} s`);
    const { rate, cpuMsPerUpdate } = await measure(postgres, ctx.seconds, 8);
    figures.push({
      figure: 'Durable status updates, PostgreSQL (8 concurrent writers): updates/s',
      value: fmt(rate),
      baseline: '—',
      ratio: '—',
      goal: 'reported',
      met: null,
    });
    ctx.notes.push(
      `Writes on PostgreSQL: ${postgres.durability}; a throw-away database with the same 1 000 synthetic initiatives, dropped afterwards; pool of 10, 8 concurrent writers on distinct initiatives; ${ms(cpuMsPerUpdate)} of this process's CPU per update.`,
    );
  } finally {
    await postgres.dispose();
  }
  ctx.notes.push(
    'Each update goes through the write service (createInitiativesWriteService.update): read at the expected version, update, insert the history row, commit, then read the detail back — the route adds only parsing and the session check.',
  );
  return figures;
}
