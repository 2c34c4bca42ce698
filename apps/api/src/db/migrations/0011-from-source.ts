import { type Kysely, sql } from 'kysely';
import { rebuildStatusDays } from '../calendar-store.ts';
import { isSqlite, localDayOfSql } from '../dialect.ts';

/**
 * What the seed records is what is known. Its first entries were written as "created" by an actor
 * "system" with a note in two languages at once; they become from_source entries with no actor and
 * no note (the kind's label says it in the reader's language). An initiative nobody has verified or
 * changed since it was recorded gets lastVerifiedAt null: nobody verified it. Entries recorded from a
 * source and parents' roll-ups stop counting as activity in the per-day counts (inactiveHistoryKinds),
 * which are rebuilt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const store = db as Kysely<Record<string, Record<string, unknown>>>;
  await store
    .updateTable('status_changes')
    .set({ kind: 'from_source', actor: '', note: '' })
    .where('kind', '=', 'created')
    .where('actor', '=', 'system')
    .execute();
  await sql`update initiatives set last_verified_at = null
    where not exists (select 1 from status_changes c where c.initiative_id = initiatives.id
      and c.kind in ('status_change', 'field_change', 'verified'))`.execute(db);

  const sqlite = isSqlite(db);
  const count = sql`insert into status_days (day, status, changes, delta)
      select ${sql.raw(localDayOfSql(sqlite, 'new.at'))}, m.status, m.changes, m.delta from (
        select new.to_status as status,
          case when new.kind in ('from_source', 'rollup') then 0 else 1 end as changes,
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
  } else {
    await sql`create or replace function status_changes_count_days() returns trigger language plpgsql as $$
      begin ${count} return null; end $$`.execute(db);
  }
  await rebuildStatusDays(db, sqlite);
  await sql`update data_generation set value = value + 1 where id = 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
