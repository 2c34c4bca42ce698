import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { localized } from '../initiatives/initiative-mapper.ts';
import { type Clock, overdueSql, staleSql } from '../initiatives/initiative-query.ts';

export function createStatsRepository(db: Kysely<Database>) {
  return {
    async totals(clock: Clock) {
      const row = await db
        .selectFrom('initiatives as i')
        .select([
          (eb) => eb.fn.countAll<number>().as('total'),
          sql<number | null>`avg(i.progress)`.as('mean_progress'),
          sql<number>`sum(${overdueSql(clock)})`.as('overdue'),
          sql<number>`sum(${staleSql(clock)})`.as('stale'),
        ])
        .executeTakeFirstOrThrow();
      return {
        total: Number(row.total),
        meanProgress: row.mean_progress === null ? 0 : Number(row.mean_progress),
        overdue: Number(row.overdue ?? 0),
        stale: Number(row.stale ?? 0),
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

    async countByOwner() {
      const rows = await db
        .selectFrom('initiatives as i')
        .innerJoin('owners as o', 'o.id', 'i.owner_id')
        .select(['o.id', 'o.name_ru', 'o.name_en', 'o.name_kk', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy(['o.id', 'o.name_ru', 'o.name_en', 'o.name_kk'])
        .orderBy('count', 'desc')
        .orderBy('o.id')
        .execute();
      return rows.map((row) => ({
        owner: { id: row.id, name: localized(row.name_ru, row.name_en, row.name_kk) },
        count: Number(row.count),
      }));
    },

    async activityByMonth() {
      const month = sql<string>`substr(at, 1, 7)`;
      const rows = await db
        .selectFrom('status_changes')
        .select([month.as('month'), (eb) => eb.fn.countAll<number>().as('changes')])
        .groupBy(month)
        .orderBy(month)
        .execute();
      return rows.map((row) => ({ month: row.month, changes: Number(row.changes) }));
    },

    /** Status transitions per day: enough to rebuild how many stood in each status on each date. */
    async transitionsByDay() {
      const day = sql<string>`substr(at, 1, 10)`;
      const rows = await db
        .selectFrom('status_changes')
        .select([day.as('day'), 'from_status', 'to_status', (eb) => eb.fn.countAll<number>().as('count')])
        .where((eb) => eb.or([eb('from_status', 'is', null), eb('from_status', '!=', eb.ref('to_status'))]))
        .groupBy([day, 'from_status', 'to_status'])
        .orderBy(day)
        .execute();
      return rows.map((row) => ({ day: row.day, from: row.from_status, to: row.to_status, count: Number(row.count) }));
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
