import type { Status, User } from '@civic/shared';
import { statuses } from '@civic/shared';
import { createInitiativesRepository } from '../src/initiatives/initiatives-repository.ts';
import { createInitiativesService } from '../src/initiatives/initiatives-service.ts';
import { createInitiativesWriteRepository } from '../src/initiatives/initiatives-write-repository.ts';
import { createInitiativesWriteService } from '../src/initiatives/initiatives-write-service.ts';
import { type BenchContext, type Figure, fmt, notMeasured } from './figure.ts';
import { removeDatabase, syntheticDatabase, workingCopy } from './synthetic-data.ts';
import { postgresTarget, sqliteTarget, type WriteTarget } from './write-target.ts';

const user: User = {
  id: 'synthetic-official',
  username: 'bench',
  displayName: 'Benchmark',
  role: 'official',
  disabled: false,
};
const initiatives = 1000;

/** Status updates through the write service for a bounded time; each worker owns its own initiatives. */
async function measure(target: WriteTarget, seconds: number, workers: number) {
  const settings = { now: () => new Date(), staleAfterDays: 30 };
  const reader = createInitiativesService(createInitiativesRepository(target.store.db), settings);
  const writer = createInitiativesWriteService(createInitiativesWriteRepository(target.store.db), reader, settings);
  const rows = await target.store.db.selectFrom('initiatives').select(['id', 'version', 'status']).execute();
  const state = new Map(rows.map((r) => [r.id, { version: Number(r.version), status: r.status as Status }]));
  const ids = [...state.keys()];
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let n = worker; performance.now() < until; n += workers) {
        const id = ids[n % ids.length] as string;
        const current = state.get(id) ?? { version: 1, status: 'proposed' as Status };
        const status = statuses[(statuses.indexOf(current.status) + 1) % statuses.length] as Status;
        const detail = await writer.update(
          id,
          { status, note: 'Синтетическое обновление статуса' },
          current.version,
          user,
        );
        state.set(id, { version: detail.version, status: detail.status });
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** Figure 4: durable status updates, each with its history row in one transaction, on SQLite and PostgreSQL. */
export async function writesBench(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const file = workingCopy(await syntheticDatabase({ initiatives, history: 10_000 }, ctx.log), 'writes');
  const sqlite = sqliteTarget(file);
  try {
    ctx.log(`writes: SQLite for ${ctx.seconds} s`);
    const rate = await measure(sqlite, ctx.seconds, 1);
    figures.push({
      figure: 'Durable status updates, SQLite: updates/s',
      value: fmt(rate),
      baseline: '—',
      ratio: '—',
      goal: '≥ 1 000/s',
      met: rate >= 1000,
    });
    ctx.notes.push(`Writes on SQLite: ${sqlite.durability}; one writer.`);
  } finally {
    await sqlite.dispose();
    removeDatabase(file);
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
    const rate = await measure(postgres, ctx.seconds, 8);
    figures.push({
      figure: 'Durable status updates, PostgreSQL (8 concurrent writers): updates/s',
      value: fmt(rate),
      baseline: '—',
      ratio: '—',
      goal: 'reported',
      met: null,
    });
    ctx.notes.push(
      `Writes on PostgreSQL: ${postgres.durability}; pool of 10, 8 concurrent writers on distinct initiatives.`,
    );
  } finally {
    await postgres.dispose();
  }
  ctx.notes.push(
    'Each update goes through the write service (createInitiativesWriteService.update): read at the expected version, update, insert the history row, commit, then read the detail back — the route adds only parsing and the session check.',
  );
  return figures;
}
