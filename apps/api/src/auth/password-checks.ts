import { problemTypes } from '@civic/shared';
import { RetryLaterError } from '../errors/app-error.ts';

/** How many password checks (scrypt, 64 MiB and tens of milliseconds each) one instance runs at once, and how many may wait. */
export interface PasswordCheckLimits {
  concurrent: number;
  queue: number;
}

/** Four at once matches libuv's default thread pool, where scrypt runs; a short queue absorbs a burst of real logins. */
export const defaultPasswordCheckLimits: PasswordCheckLimits = { concurrent: 4, queue: 32 };

export const passwordChecksBusy = () =>
  new RetryLaterError(503, problemTypes.unavailable, 'Service unavailable', 'Too many logins at once; try again.', 1);

/**
 * A semaphore for password checks, so a flood of logins cannot take every thread and all the memory
 * of the instance. Past the queue, `run` throws a 503 with Retry-After at once, without checking.
 */
export function createPasswordChecks(limits: PasswordCheckLimits = defaultPasswordCheckLimits) {
  let running = 0;
  const waiting: Array<() => void> = [];

  return {
    async run<T>(check: () => Promise<T>): Promise<T> {
      if (running < limits.concurrent) {
        running += 1;
      } else {
        if (waiting.length >= limits.queue) throw passwordChecksBusy();
        // The slot is handed over by the check that finishes, so `running` stays the same.
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      try {
        return await check();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },

    /** Checks running and waiting now. */
    load: () => ({ running, waiting: waiting.length }),
  };
}

export type PasswordChecks = ReturnType<typeof createPasswordChecks>;
