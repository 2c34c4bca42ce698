import type { OwnerCount } from '@civic/shared';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { localized } from '../db/localized-text.ts';
import type { Database } from '../db/schema.ts';
import { agreementSql } from '../initiatives/initiative-assessment.ts';
import { type Clock, overdueSql, staleSql } from '../initiatives/initiative-query.ts';

/** Kept by a trigger on status_changes (migration 0003): per day and status, rows that ended there and the net move in. */
interface StatusDaysTable {
  day: string;
  status: string;
  changes: number;
  delta: number;
}

/** Kept by a trigger on status_changes (migration 0014): per day, the sums mean progress over time is rebuilt from. */
interface ProgressDaysTable {
  day: string;
  moves: number;
  delta: number;
  starts: number;
  started: number;
}

export function createStatsRepository(db: Kysely<Database>) {
  const counted = db.withTables<{ status_days: StatusDaysTable }>();
  const progressCounted = db.withTables<{ progress_days: ProgressDaysTable }>();
  return {
    async totals(clock: Clock) {
      const row = await db
        .selectFrom('initiatives as i')
        .select([
          (eb) => eb.fn.countAll<number>().as('total'),
          sql<number | null>`avg(i.progress)`.as('mean_progress'),
          sql<number>`sum(${overdueSql(clock)})`.as('overdue'),
          sql<number>`sum(${staleSql(clock)})`.as('stale'),
          sql<number>`sum(case when ${agreementSql(clock)} = 'disagree' then 1 else 0 end)`.as('disagreement'),
        ])
        .executeTakeFirstOrThrow();
      return {
        total: Number(row.total),
        meanProgress: row.mean_progress === null ? 0 : Number(row.mean_progress),
        overdue: Number(row.overdue ?? 0),
        stale: Number(row.stale ?? 0),
        disagreement: Number(row.disagreement ?? 0),
      };
    },

    async countBy(column: 'status' | 'kind') {
      const rows = await db
        .selectFrom('initiatives')
        .select([column, (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy(column)
        .execute();
      return rows.map((row) => ({ key: String(row[column]), count: Number(row.count) }));
    },

    /** Every responsible body with how many initiatives it owns (0 for none), most first, then by id. */
    async countByOwner(): Promise<OwnerCount[]> {
      // Counted on the owner index first, then joined: the names are read once per owner, not per initiative.
      const counts = db
        .selectFrom('initiatives')
        .select(['owner_id', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('owner_id')
        .as('c');
      const count = sql<number>`coalesce(c.count, 0)`;
      const rows = await db
        .selectFrom('owners as o')
        .leftJoin(counts, 'c.owner_id', 'o.id')
        .select(['o.id', 'o.name_ru', 'o.name_en', 'o.name_kk', count.as('count')])
        .orderBy(count, 'desc')
        .orderBy('o.id')
        .execute();
      return rows.map((row) => ({
        owner: { id: row.id, name: localized(row.name_ru, row.name_en, row.name_kk) },
        count: Number(row.count),
      }));
    },

    /** From the per-day counts a trigger keeps (migration 0003), not from a scan of the whole history. */
    async activityByMonth() {
      const month = sql<string>`substr(day, 1, 7)`;
      const rows = await counted
        .selectFrom('status_days')
        .select([month.as('month'), (eb) => eb.fn.sum<number>('changes').as('changes')])
        .groupBy(month)
        .having((eb) => eb.fn.sum('changes'), '>', 0)
        .orderBy(month)
        .execute();
      return rows.map((row) => ({ month: row.month, changes: Number(row.changes) }));
    },

    /**
     * The net move into each status per day, as transitions from nowhere: enough to rebuild how many
     * stood in each status on each date. Read from the per-day counts, like the activity.
     */
    async transitionsByDay() {
      const rows = await counted
        .selectFrom('status_days')
        .select(['day', 'status', 'delta'])
        .where('delta', '!=', 0)
        .orderBy('day')
        .orderBy('status')
        .execute();
      return rows.map((row) => ({
        day: row.day,
        from: null as string | null,
        to: row.status,
        count: Number(row.delta),
      }));
    },

    /**
     * How mean progress moved, from the per-day sums a trigger keeps (migration 0014): per local day with
     * an entry, the net move of the entries that changed progress and the progress that the initiatives
     * created that day started with.
     */
    async progressDays() {
      const rows = await progressCounted
        .selectFrom('progress_days')
        .select(['day', 'moves', 'delta', 'starts', 'started'])
        .orderBy('day')
        .execute();
      return rows.map((row) => ({
        day: row.day,
        moves: Number(row.moves),
        delta: Number(row.delta),
        starts: Number(row.starts),
        started: Number(row.started),
      }));
    },

    /**
     * The sum of every initiative's progress before its first entry (that entry's from, or its to when it
     * created the initiative; the current progress when it has none). Read only when the per-day sums
     * do not account for every initiative, as in a store whose first entries were not all creations.
     */
    async startingProgress() {
      const row = await db
        .selectFrom('initiatives as i')
        .select(
          sql<number | null>`sum(coalesce((select coalesce(c.from_progress, c.to_progress) from status_changes c
            where c.initiative_id = i.id order by c.at, c.id limit 1), i.progress))`.as('sum'),
        )
        .executeTakeFirstOrThrow();
      return Number(row.sum ?? 0);
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
