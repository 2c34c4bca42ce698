import { describe, expect, it } from 'vitest';
import { RetryLaterError } from '../errors/app-error.ts';
import { createPasswordChecks } from './password-checks.ts';

/** A check the test finishes when it wants, and a flag that says whether it has started. */
function heldCheck() {
  let finish: () => void = () => undefined;
  const state = { started: false };
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const check = async () => {
    state.started = true;
    await done;
    return 'checked';
  };
  return { check, finish, state };
}

describe('password checks semaphore', () => {
  it('when as many checks run as allowed, then the next waits and starts as one finishes', async () => {
    const checks = createPasswordChecks({ concurrent: 2, queue: 1 });
    const [a, b, c] = [heldCheck(), heldCheck(), heldCheck()];
    const runs = [checks.run(a.check), checks.run(b.check), checks.run(c.check)];
    await Promise.resolve();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, true, false]);
    expect(checks.load()).toEqual({ running: 2, waiting: 1 });
    a.finish();
    await runs[0];
    await Promise.resolve();
    expect(c.state.started).toBe(true);
    b.finish();
    c.finish();
    expect(await Promise.all(runs)).toEqual(['checked', 'checked', 'checked']);
    expect(checks.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('when the queue is full too, then the next is refused at once with 503 and Retry-After, unchecked', async () => {
    const checks = createPasswordChecks({ concurrent: 1, queue: 1 });
    const [a, b, c] = [heldCheck(), heldCheck(), heldCheck()];
    const runs = [checks.run(a.check), checks.run(b.check)];
    const refused = await checks.run(c.check).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(RetryLaterError);
    expect(refused).toMatchObject({ status: 503, retryAfterSeconds: 1 });
    expect(c.state.started).toBe(false);
    a.finish();
    b.finish();
    await Promise.all(runs);
  });

  it('when a check fails, then its slot is freed all the same', async () => {
    const checks = createPasswordChecks({ concurrent: 1, queue: 0 });
    await expect(checks.run(() => Promise.reject(new Error('broken hash')))).rejects.toThrow('broken hash');
    expect(await checks.run(async () => 'next')).toBe('next');
  });
});
