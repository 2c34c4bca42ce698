import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * What the benchmarks' profiles asked for: the overview's totals read from a narrow index instead of
 * the wide rows, and the history charts read from per-day counts kept by the database itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Covers totals: count, mean progress, overdue (status, target date, id for milestones) and stale.
  await db.schema
    .createIndex('initiatives_stats_idx')
    .on('initiatives')
    .columns(['status', 'progress', 'target_date', 'last_verified_at', 'id'])
    .execute();

  // The default list order, with its tie-breaker, so a page reads only its own rows and sorts nothing.
  await db.schema.createIndex('initiatives_sort_key_id_idx').on('initiatives').columns(['sort_key', 'id']).execute();

  // History is append-only, so counting inserts keeps this exact. Per day and status: how many history
  // rows ended in that status (activity), and the net count that moved in or out (status over time).
  await db.schema
    .createTable('status_days')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_days_pk', ['day', 'status'])
    .execute();
  await sql`insert into status_days (day, status, changes, delta)
    select day, status, sum(changes), sum(delta) from (
      select substr(at, 1, 10) as day, to_status as status, 1 as changes,
        case when from_status is null or from_status <> to_status then 1 else 0 end as delta
      from status_changes
      union all
      select substr(at, 1, 10), from_status, 0, -1
      from status_changes where from_status is not null and from_status <> to_status
    ) moves group by day, status`.execute(db);

  // One statement, rows in status order: concurrent writers lock the same rows in the same order, so
  // an A→B change and a B→A change on the same day cannot deadlock each other on PostgreSQL.
  const count = sql`insert into status_days (day, status, changes, delta)
      select substr(new.at, 1, 10), m.status, m.changes, m.delta from (
        select new.to_status as status, 1 as changes,
          case when new.from_status is null or new.from_status <> new.to_status then 1 else 0 end as delta
        union all
        select new.from_status, 0, -1 where new.from_status is not null and new.from_status <> new.to_status
      ) m where true order by m.status
      on conflict (day, status) do update
        set changes = status_days.changes + excluded.changes, delta = status_days.delta + excluded.delta;`;
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger status_changes_count_days after insert on status_changes
      begin ${count} end`.execute(db);
    return;
  }
  await sql`create function status_changes_count_days() returns trigger language plpgsql as $$
    begin ${count} return null; end $$`.execute(db);
  // Deferred to commit: the counts' row locks come after every other lock the transaction takes, so a
  // change to a child (which then touches its parent) and a change to the parent cannot deadlock.
  await sql`create constraint trigger status_changes_count_days after insert on status_changes
    deferrable initially deferred for each row execute function status_changes_count_days()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
