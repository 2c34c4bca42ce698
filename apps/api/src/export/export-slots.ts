import { unavailable } from '../errors/app-error.ts';

/** Seconds a refused download is told to wait: about how long a typical export takes to finish. */
export const exportRetryAfterSeconds = 10;

/**
 * At most `max` exports stream at once on this instance. A download holds its slot until it ends
 * (finished, abandoned or cut as stalled); one more is refused with 503 + Retry-After rather than
 * queued, so slow downloads cannot pile up without limit.
 */
export function createExportSlots(max: number) {
  let taken = 0;
  return {
    /** Takes a slot and returns its release (safe to call twice); AppError 503 with Retry-After when none is free. */
    take(): () => void {
      if (taken >= max) {
        throw unavailable(
          `${max} exports are being downloaded from this server already; try again shortly.`,
          exportRetryAfterSeconds,
        );
      }
      taken += 1;
      let released = false;
      return () => {
        if (!released) taken -= 1;
        released = true;
      };
    },
  };
}
