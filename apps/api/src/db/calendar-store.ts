import { inactiveHistoryKinds, offsetPeriods } from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import { isSqlite, localDayOfSql } from './dialect.ts';
import type { Database } from './schema.ts';

/**
 * Rewrites the per-day counts from the whole history, with the days of the stored zone. An entry counts
 * as a change unless its kind is one of inactiveHistoryKinds (from_source, rollup); every entry moves
 * the status counts.
 */
export async function rebuildStatusDays(trx: Kysely<unknown>, sqlite: boolean): Promise<void> {
  const day = sql.raw(localDayOfSql(sqlite, 'c.at'));
  const inactive = sql`c.kind in (${sql.join(inactiveHistoryKinds.map((kind) => sql.lit(kind)))})`;
  await sql`delete from status_days`.execute(trx);
  await sql`insert into status_days (day, status, changes, delta)
    select day, status, sum(changes), sum(delta) from (
      select ${day} as day, c.to_status as status,
        case when ${inactive} then 0 else 1 end as changes,
        case when c.from_status is null or c.from_status <> c.to_status then 1 else 0 end as delta
      from status_changes c
      union all
      select ${day}, c.from_status, 0, -1
      from status_changes c where c.from_status is not null and c.from_status <> c.to_status
    ) moves group by day, status`.execute(trx);
}

/** An entry moves progress when it has a from and a different to; one without a from created the initiative. */
const progressColumns = (
  entry: string,
) => `case when ${entry}.from_progress <> ${entry}.to_progress then 1 else 0 end as moves,
  coalesce(${entry}.to_progress - ${entry}.from_progress, 0) as delta,
  case when ${entry}.from_progress is null then ${entry}.to_progress else 0 end as starts,
  case when ${entry}.from_progress is null then 1 else 0 end as started`;

/** The trigger's statement (migration 0014): adds one new history entry to the sums of its local day. */
export function progressDayCountSql(sqlite: boolean) {
  return sql`insert into progress_days (day, moves, delta, starts, started)
      select ${sql.raw(localDayOfSql(sqlite, 'new.at'))}, ${sql.raw(progressColumns('new'))}
      where new.from_progress is null or new.from_progress <> new.to_progress
      on conflict (day) do update set moves = progress_days.moves + excluded.moves,
        delta = progress_days.delta + excluded.delta, starts = progress_days.starts + excluded.starts,
        started = progress_days.started + excluded.started;`;
}

/** Rewrites the per-day progress sums from the whole history, with the days of the stored zone. */
export async function rebuildProgressDays(trx: Kysely<unknown>, sqlite: boolean): Promise<void> {
  await sql`delete from progress_days`.execute(trx);
  await sql`insert into progress_days (day, moves, delta, starts, started)
    select day, sum(moves), sum(delta), sum(starts), sum(started) from (
      select ${sql.raw(localDayOfSql(sqlite, 'c.at'))} as day, ${sql.raw(progressColumns('c'))}
      from status_changes c where c.from_progress is null or c.from_progress <> c.to_progress
    ) m group by day`.execute(trx);
}

/** A store migrated only part of the way (before 0014) has no per-day progress sums yet. */
async function hasTable(db: Kysely<Database>, name: string): Promise<boolean> {
  return (await db.introspection.getTables()).some((t) => t.name === name);
}

/**
 * Makes the store's days follow timeZone: writes the zone's offset periods, rebuilds the per-day
 * counts and gives completed milestones without a completion day the local day of their completion.
 * Does nothing when the store already follows the zone (every start but the first, or a TIME_ZONE
 * change). The history itself is never touched. Returns whether anything was rewritten.
 * Every instance on one database must share TIME_ZONE; the first to start with a new one re-days.
 */
export async function alignCalendar(db: Kysely<Database>, timeZone: string): Promise<boolean> {
  const current = async (q: Kysely<Database>) =>
    (await q.selectFrom('calendar').select('time_zone').where('id', '=', 1).executeTakeFirstOrThrow()).time_zone;
  if ((await current(db)) === timeZone) return false;
  const sqlite = isSqlite(db);
  const periods = offsetPeriods(timeZone);
  return db.transaction().execute(async (trx) => {
    // Writing first takes the lock, so instances starting together re-day once, one after the other.
    await trx.updateTable('calendar').set({ time_zone: sql`time_zone` }).where('id', '=', 1).execute();
    if ((await current(trx)) === timeZone) return false;
    await trx.deleteFrom('calendar_offsets').execute();
    for (let i = 0; i < periods.length; i += 200) {
      const chunk = periods.slice(i, i + 200);
      await trx
        .insertInto('calendar_offsets')
        .values(chunk.map((p) => ({ starts_at: p.startsAt, offset_seconds: p.offsetSeconds })))
        .execute();
    }
    await trx.updateTable('calendar').set({ time_zone: timeZone }).where('id', '=', 1).execute();
    await rebuildStatusDays(trx as unknown as Kysely<unknown>, sqlite);
    if (await hasTable(trx, 'progress_days')) await rebuildProgressDays(trx as unknown as Kysely<unknown>, sqlite);
    await trx
      .updateTable('milestones')
      .set({ completed_on: sql.raw(localDayOfSql(sqlite, 'completed_at')) })
      .where('completed_at', 'is not', null)
      .where('completed_on', 'is', null)
      .execute();
    // The figures read the per-day counts: answers kept by any instance must not outlive them.
    await trx
      .updateTable('data_generation')
      .set((eb) => ({ value: eb('value', '+', 1) }))
      .where('id', '=', 1)
      .execute();
    return true;
  });
}
