import {
  addDays,
  attentionCutoffs,
  type HistoryKind,
  inactiveHistoryKinds,
  isOverdue,
  isStale,
  listFilterSchema,
  localDay,
  type Status,
  statuses,
} from '@civic/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignCalendar } from '../src/db/calendar-store.ts';
import type { Store } from '../src/db/connect.ts';
import { createInitiativesRepository } from '../src/initiatives/initiatives-repository.ts';
import { createStatsRepository } from '../src/stats/stats-repository.ts';
import { initiativeRow, insertChange } from './export-fixtures.ts';
import { createSeededStore, tempDir } from './test-app.ts';

const seed = Number(process.env.DAYS_SEED ?? 20261201);
const timeZone = 'Asia/Almaty';
const hour = 3_600_000;

/** An instant within two hours of a local (19:00 UTC) or a UTC midnight, 2023–2030, across the 2024 change of offset. */
const nearMidnight = fc
  .record({
    day: fc.integer({ min: 0, max: 8 * 365 }),
    midnight: fc.constantFrom(-5 * hour, -6 * hour, 0),
    offset: fc.integer({ min: -2 * hour, max: 2 * hour }),
  })
  .map(({ day, midnight, offset }) => new Date(Date.UTC(2023, 0, 1) + day * 86_400_000 + midnight + offset));

interface Generated {
  status: Status;
  targetIn: number | null;
  milestones: { dueIn: number | null; completed: boolean }[];
  verifiedAgoMs: number | null;
}

const generatedInitiative: fc.Arbitrary<Generated> = fc.record({
  status: fc.constantFrom(...statuses),
  targetIn: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  milestones: fc.array(
    fc.record({ dueIn: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }), completed: fc.boolean() }),
    { maxLength: 3 },
  ),
  verifiedAgoMs: fc.option(fc.integer({ min: 28 * 86_400_000, max: 33 * 86_400_000 }), { nil: null }),
});

/** Dates around both the UTC day and the local day of now, so either rule's mistake shows. */
const dateNear = (now: Date, shift: number) => addDays(localDay(now, 'UTC'), shift);

// Runs in both projects: the SQL that lists, filters and counts must give the shared rule's answer on every row.
describe(`overdue and stale: the SQL that runs against the shared rule (${process.env.TEST_STORE ?? 'sqlite'}, seed ${seed})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await createSeededStore(tempDir(), new Date('2026-11-01T06:00:00.000Z'));
  });
  afterAll(() => store.close());

  async function replaceGenerated(now: Date, items: Generated[]) {
    await store.db.deleteFrom('milestones').where('initiative_id', 'like', 'gen-%').execute();
    await store.db.deleteFrom('initiatives').where('id', 'like', 'gen-%').execute();
    const rows = items.map((item, index) =>
      initiativeRow(`gen-${index}`, {
        status: item.status,
        target_date: item.targetIn === null ? null : dateNear(now, item.targetIn),
        last_verified_at:
          item.verifiedAgoMs === null ? null : new Date(now.getTime() - item.verifiedAgoMs).toISOString(),
      }),
    );
    if (rows.length) await store.db.insertInto('initiatives').values(rows).execute();
    const milestones = items.flatMap((item, index) =>
      item.milestones.map((m, n) => ({
        id: `gen-${index}-m${n}`,
        initiative_id: `gen-${index}`,
        title: 'Generated milestone',
        due_date: m.dueIn === null ? null : dateNear(now, m.dueIn),
        completed_at: m.completed ? now.toISOString() : null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })),
    );
    if (milestones.length) await store.db.insertInto('milestones').values(milestones).execute();
  }

  it('when initiatives and milestones are generated around midnight, then every row flag, filter and total agrees', async () => {
    const everything = listFilterSchema.parse({});
    const initiatives = createInitiativesRepository(store.db);
    const stats = createStatsRepository(store.db);
    await fc.assert(
      fc.asyncProperty(
        nearMidnight,
        fc.integer({ min: 1, max: 60 }),
        fc.array(generatedInitiative, { minLength: 1, maxLength: 12 }),
        async (now, staleAfterDays, items) => {
          await replaceGenerated(now, items);
          const clock = attentionCutoffs(now, { timeZone, staleAfterDays });
          const expected = items.map((item, index) => {
            const overdue = isOverdue(
              {
                status: item.status,
                targetDate: item.targetIn === null ? null : dateNear(now, item.targetIn),
                openMilestoneDueDates: item.milestones
                  .filter((m) => !m.completed)
                  .map((m) => (m.dueIn === null ? null : dateNear(now, m.dueIn))),
              },
              clock.today,
            );
            const verified =
              item.verifiedAgoMs === null ? null : new Date(now.getTime() - item.verifiedAgoMs).toISOString();
            return { id: `gen-${index}`, overdue, stale: isStale(verified, clock.staleBefore) };
          });

          const all = await collect(initiatives.stream(everything, clock));
          const rows = all
            .filter((i) => i.id.startsWith('gen-'))
            .map((i) => ({ id: i.id, overdue: i.overdue, stale: i.stale }))
            .sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
          expect(rows).toEqual(expected);

          // The filters and the totals run the same SQL as a condition and as a sum: they must agree with the flags.
          const ids = (list: { id: string }[]) => list.map((i) => i.id).sort();
          const overdue = await collect(initiatives.stream({ ...everything, overdue: true }, clock));
          const stale = await collect(initiatives.stream({ ...everything, stale: true }, clock));
          expect(ids(overdue)).toEqual(ids(all.filter((i) => i.overdue)));
          expect(ids(stale)).toEqual(ids(all.filter((i) => i.stale)));
          const totals = await stats.totals(clock);
          expect([totals.overdue, totals.stale]).toEqual([overdue.length, stale.length]);
        },
      ),
      { seed, numRuns: 25 },
    );
  });

  it('when changes are recorded around midnight, then the per-day counts use the same day as the shared calendar', async () => {
    const before = await statusDays(store);
    const instants = fc.sample(nearMidnight, { seed, numRuns: 40 });
    for (const [n, at] of instants.entries()) {
      await insertChange(store.db, {
        initiativeId: 'full-time-deputies',
        note: `generated ${n}`,
        at: at.toISOString(),
      });
    }
    const expected = new Map(before);
    for (const at of instants) {
      const day = localDay(at, timeZone);
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    expect(await statusDays(store)).toEqual(expected);

    // Re-dayed for another zone and back: rebuilt from the history with the days the calendar gives,
    // counting every entry but those that are not activity (recorded from the source, roll-ups).
    const history = (await store.db.selectFrom('status_changes').select(['at', 'kind']).execute()).filter(
      ({ kind }) => !inactiveHistoryKinds.includes(kind as HistoryKind),
    );
    for (const zone of ['UTC', timeZone]) {
      expect(await alignCalendar(store.db, zone)).toBe(true);
      const byDay = new Map<string, number>();
      for (const { at } of history) byDay.set(localDay(at, zone), (byDay.get(localDay(at, zone)) ?? 0) + 1);
      expect(await statusDays(store)).toEqual(byDay);
    }
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** History rows per day, as the per-day counts hold them. */
async function statusDays(store: Store): Promise<Map<string, number>> {
  const rows = await store.db
    .withTables<{ status_days: { day: string; changes: number } }>()
    .selectFrom('status_days')
    .select(['day', (eb) => eb.fn.sum<number>('changes').as('changes')])
    .groupBy('day')
    .having((eb) => eb.fn.sum('changes'), '>', 0)
    .orderBy('day')
    .execute();
  return new Map(rows.map((row) => [row.day, Number(row.changes)]));
}
