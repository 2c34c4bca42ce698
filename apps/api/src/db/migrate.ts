import { defaultTimeZone } from '@civic/shared';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { alignCalendar } from './calendar-store.ts';
import * as initial from './migrations/0001-initial.ts';
import * as auth from './migrations/0002-auth.ts';
import * as perf from './migrations/0003-performance.ts';
import * as generation from './migrations/0004-data-generation.ts';
import * as calendar from './migrations/0005-calendar.ts';
import * as loginThrottle from './migrations/0006-login-throttle.ts';
import type { Database } from './schema.ts';

/** Every migration, in order; names sort by version and are never renamed once shipped. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-auth': auth,
  '0003-performance': perf,
  '0004-data-generation': generation,
  '0005-calendar': calendar,
  '0006-login-throttle': loginThrottle,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies pending migrations, recorded in kysely_migration, then makes the stored days follow timeZone
 * (calendar-store.ts); throws on the first failure.
 */
export async function migrateToLatest(db: Kysely<Database>, timeZone = defaultTimeZone): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await alignCalendar(db, timeZone);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
