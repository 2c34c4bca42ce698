import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

/** How one kind of key is throttled; every figure in milliseconds except `free`. */
export interface ThrottleRule {
  /** Attempts admitted in a streak without any delay. */
  free: number;
  /** The delay after the last free attempt; each later admitted attempt doubles it. */
  baseDelayMs: number;
  /** The delay never grows past this. */
  maxDelayMs: number;
  /** A key quiet for this long after its delay has run out starts a new streak. */
  forgetAfterMs: number;
}

export type Claim = { admitted: true } | { admitted: false; retryAfterMs: number };

// PostgreSQL cannot infer the type of a bare parameter in arithmetic; SQLite reads the cast as an integer.
const big = (value: number) => sql<number>`cast(${value} as bigint)`;
const old = (column: string) => sql.ref(`login_throttle.${column}`);

export function createLoginAttemptsRepository(db: Kysely<Database>) {
  return {
    /**
     * Counts one attempt for `key` and says whether it may be checked, in one upsert: the database
     * serialises concurrent upserts of a key (a row lock on PostgreSQL, the write lock on SQLite), so
     * of any number of parallel attempts exactly as many are admitted as the rule allows.
     */
    async claim(key: string, rule: ThrottleRule, now: number): Promise<Claim> {
      const token = randomBytes(12).toString('base64url');
      const firstDelay = rule.free > 1 ? 0 : rule.baseDelayMs;
      const stale = sql<boolean>`${old('blocked_until')} + ${big(rule.forgetAfterMs)} <= ${big(now)}`;
      const admit = sql<boolean>`(${old('failures')} < ${rule.free} or ${old('blocked_until')} <= ${big(now)})`;
      const nextDelay = sql<number>`case
        when ${old('failures')} + 1 < ${rule.free} then ${big(0)}
        when ${old('delay_ms')} = 0 then ${big(rule.baseDelayMs)}
        when ${old('delay_ms')} * 2 > ${big(rule.maxDelayMs)} then ${big(rule.maxDelayMs)}
        else ${old('delay_ms')} * 2 end`;
      const row = await db
        .insertInto('login_throttle')
        .values({ key, failures: 1, delay_ms: firstDelay, blocked_until: now + firstDelay, claim: token })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql`case when ${stale} then 1 when ${admit} then ${old('failures')} + 1 else ${old('failures')} end`,
            delay_ms: sql`case when ${stale} then ${big(firstDelay)} when ${admit} then ${nextDelay} else ${old('delay_ms')} end`,
            blocked_until: sql`case when ${stale} then ${big(now + firstDelay)}
              when ${admit} then ${big(now)} + ${nextDelay} else ${old('blocked_until')} end`,
            claim: sql`case when ${admit} then ${token} else ${old('claim')} end`,
          }),
        )
        .returning(['blocked_until', 'claim'])
        .executeTakeFirstOrThrow();
      if (row.claim === token) return { admitted: true };
      return { admitted: false, retryAfterMs: Math.max(0, Number(row.blocked_until) - now) };
    },

    /** Takes back one counted attempt that turned out not to be a failure (a success, or never checked). */
    async forgive(key: string): Promise<void> {
      await db
        .updateTable('login_throttle')
        .set({ failures: sql`failures - 1` })
        .where('key', '=', key)
        .where('failures', '>', 0)
        .execute();
    },

    /** Forgets a key's streak entirely. */
    async reset(key: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },

    /** Drops keys whose delay ran out before `before` (epoch ms): they would start a new streak anyway. */
    async prune(before: number): Promise<void> {
      await db.deleteFrom('login_throttle').where('blocked_until', '<=', before).execute();
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;
