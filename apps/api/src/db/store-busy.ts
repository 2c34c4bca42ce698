/**
 * The store could not give this request what it needs within the configured wait (DB_WAIT_TIMEOUT_MS):
 * on PostgreSQL no pool connection came free, on SQLite another connection held the write lock.
 * Answered as 503 with Retry-After (see errors/error-middleware.ts), never as a hang or a 500.
 */
export class StoreBusyError extends Error {
  constructor(cause: unknown) {
    super('The database is busy: no connection came free in time.', { cause });
    this.name = 'StoreBusyError';
  }
}

// pg-pool's own message when a checkout waits past connectionTimeoutMillis, and pg's when connecting does.
const poolTimeouts = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** True for a pool checkout that timed out (PostgreSQL) or a lock wait past busy_timeout (SQLite). */
export function isStoreBusy(err: unknown): boolean {
  if (err instanceof StoreBusyError) return true;
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && (e.code === 'SQLITE_BUSY' || e.code.startsWith('SQLITE_BUSY_'))) return true;
  // PostgreSQL's deadlock_detected: it rolled this transaction back to free the other, so a retry succeeds.
  if (e?.code === '40P01') return true;
  return typeof e?.message === 'string' && poolTimeouts.includes(e.message);
}
