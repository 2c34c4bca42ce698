import type { Kysely } from 'kysely';

/**
 * Login throttling as one counter row per key (an address, or a username from an address), so that an
 * attempt is counted and admitted or refused in one upsert before its password is checked, on every
 * instance alike. Times are epoch milliseconds, hence bigint. The per-attempt log it replaces counted
 * only after the check, so guesses sent in parallel were all checked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('delay_ms', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_throttle_blocked_until_idx')
    .on('login_throttle')
    .column('blocked_until')
    .execute();
  await db.schema.dropTable('login_attempts').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
