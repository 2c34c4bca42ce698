import { problemTypes } from '@civic/shared';
import { ipKeyGenerator } from 'express-rate-limit';
import { RetryLaterError } from '../errors/app-error.ts';
import type { LoginAttemptsRepository, ThrottleRule } from './login-attempts-repository.ts';

const minute = 60_000;

/**
 * Per username from one address, few free tries (one person mistyping); per address, more (a shared
 * office NAT). Past them each try waits twice as long as the last, 1 minute up to 15 — the growing
 * delay of the OWASP Authentication Cheat Sheet ("Login Throttling") rather than an account lockout, so
 * a stranger hammering an official's username from elsewhere never keeps the official out.
 */
export const throttleRules = {
  pair: { free: 5, baseDelayMs: minute, maxDelayMs: 15 * minute, forgetAfterMs: 15 * minute },
  address: { free: 30, baseDelayMs: minute, maxDelayMs: 15 * minute, forgetAfterMs: 15 * minute },
} satisfies Record<string, ThrottleRule>;

export interface ThrottleKeys {
  address: string;
  pair: string;
}

/** An IPv6 client counts by its /56, which one household or customer holds (express-rate-limit's default). */
export function throttleKeys(username: string, ip: string): ThrottleKeys {
  const address = ipKeyGenerator(ip);
  return { address: `ip:${address}`, pair: `pair:${JSON.stringify([username, address])}` };
}

export class TooManyRequestsError extends RetryLaterError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      problemTypes.tooManyRequests,
      'Too many requests',
      `Too many failed logins; try again in ${retryAfterSeconds} seconds.`,
      retryAfterSeconds,
    );
  }
}

export function createLoginThrottle(attempts: LoginAttemptsRepository) {
  return {
    /**
     * Counts the attempt against its address, then against its username from that address, before any
     * password is checked; throws TooManyRequestsError (429) when either must wait. A refused username
     * still counts against the address that sent it.
     */
    async admit(keys: ThrottleKeys, now: Date): Promise<void> {
      for (const kind of ['address', 'pair'] as const) {
        const claim = await attempts.claim(keys[kind], throttleRules[kind], now.getTime());
        if (!claim.admitted) throw new TooManyRequestsError(Math.max(1, Math.ceil(claim.retryAfterMs / 1000)));
      }
    },

    /** The password was right: the username's streak from this address ends; the address keeps its failures. */
    async succeeded(keys: ThrottleKeys): Promise<void> {
      await attempts.reset(keys.pair);
      await attempts.forgive(keys.address);
    },

    /** Admitted but never checked (the instance was too busy): the attempt is taken back. */
    async unchecked(keys: ThrottleKeys): Promise<void> {
      await attempts.forgive(keys.pair);
      await attempts.forgive(keys.address);
    },

    /** After a failure: keys whose streak is over are dropped, so the table holds only live ones. */
    async failed(now: Date): Promise<void> {
      const longest = Math.max(...Object.values(throttleRules).map((rule) => rule.forgetAfterMs));
      await attempts.prune(now.getTime() - longest);
    },
  };
}
