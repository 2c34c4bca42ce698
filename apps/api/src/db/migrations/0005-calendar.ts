import { type Kysely, sql } from 'kysely';
import { isSqlite, localDayOfSql } from '../dialect.ts';

/**
 * Days follow the configured zone, not UTC. The database keeps the zone's offset periods
 * (calendar_offsets, written at start-up by calendar-store.ts for TIME_ZONE) so that the per-day
 * counts' trigger finds each change's local day by itself; milestones gain the local day they
 * were really completed on. status_days is rebuilt by calendar-store.ts once the periods exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .execute();
  // No zone yet: the first start writes its periods and the days that follow from them.
  await sql`insert into calendar (id, time_zone) values (1, '')`.execute(db);
  await db.schema
    .createTable('calendar_offsets')
    .addColumn('starts_at', 'text', (c) => c.primaryKey())
    .addColumn('offset_seconds', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('milestones').addColumn('completed_on', 'text').execute();

  const sqlite = isSqlite(db);
  const count = sql`insert into status_days (day, status, changes, delta)
      select ${sql.raw(localDayOfSql(sqlite, 'new.at'))}, m.status, m.changes, m.delta from (
        select new.to_status as status, 1 as changes,
          case when new.from_status is null or new.from_status <> new.to_status then 1 else 0 end as delta
        union all
        select new.from_status, 0, -1 where new.from_status is not null and new.from_status <> new.to_status
      ) m where true order by m.status
      on conflict (day, status) do update
        set changes = status_days.changes + excluded.changes, delta = status_days.delta + excluded.delta;`;
  if (sqlite) {
    await sql`drop trigger status_changes_count_days`.execute(db);
    await sql`create trigger status_changes_count_days after insert on status_changes
      begin ${count} end`.execute(db);
    return;
  }
  // The constraint trigger of 0003 stays (deferred to commit, rows in status order); only its body changes.
  await sql`create or replace function status_changes_count_days() returns trigger language plpgsql as $$
    begin ${count} return null; end $$`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
