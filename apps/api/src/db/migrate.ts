import { defaultTimeZone } from '@civic/shared';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { alignCalendar } from './calendar-store.ts';
import * as initial from './migrations/0001-initial.ts';
import * as auth from './migrations/0002-auth.ts';
import * as perf from './migrations/0003-performance.ts';
import * as generation from './migrations/0004-data-generation.ts';
import * as calendar from './migrations/0005-calendar.ts';
import * as loginThrottle from './migrations/0006-login-throttle.ts';
import * as displayNames from './migrations/0007-public-display-names.ts';
import * as milestoneVersions from './migrations/0008-milestone-versions.ts';
import * as historyChanges from './migrations/0009-history-changes.ts';
import * as assessments from './migrations/0010-assessments.ts';
import * as fromSource from './migrations/0011-from-source.ts';
import * as spreadsheetImports from './migrations/0012-spreadsheet-imports.ts';
import * as sources from './migrations/0013-sources.ts';
import * as progressDays from './migrations/0014-progress-days.ts';
import * as regionCodes from './migrations/0015-region-codes.ts';
import * as rollupCause from './migrations/0016-rollup-cause.ts';
import type { Database } from './schema.ts';

/** Every migration, in order; names sort by version and are never renamed once shipped. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-auth': auth,
  '0003-performance': perf,
  '0004-data-generation': generation,
  '0005-calendar': calendar,
  '0006-login-throttle': loginThrottle,
  '0007-public-display-names': displayNames,
  '0008-milestone-versions': milestoneVersions,
  '0009-history-changes': historyChanges,
  '0010-assessments': assessments,
  '0011-from-source': fromSource,
  '0012-spreadsheet-imports': spreadsheetImports,
  '0013-sources': sources,
  '0014-progress-days': progressDays,
  '0015-region-codes': regionCodes,
  '0016-rollup-cause': rollupCause,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies pending migrations, recorded in kysely_migration, then makes the stored days follow timeZone
 * (calendar-store.ts); throws on the first failure.
 */
export async function migrateToLatest(db: Kysely<Database>, timeZone = defaultTimeZone): Promise<string[]> {
  return migrateTo(db, undefined, timeZone);
}

/**
 * As migrateToLatest, but only up to and including the migration named `last` (all when absent). A
 * store left part of the way is not re-dayed: the calendar is aligned with the schema it was written
 * for, once the last migration has run.
 */
export async function migrateTo(db: Kysely<Database>, last?: string, timeZone = defaultTimeZone): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (last === undefined ? migrator.migrateToLatest() : migrator.migrateTo(last));
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (last === undefined) await alignCalendar(db, timeZone);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
