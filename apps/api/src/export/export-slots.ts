import type { Response } from 'express';
import { unavailable } from '../errors/app-error.ts';

/** Seconds a refused download is told to wait: about how long a typical export takes to finish. */
export const exportRetryAfterSeconds = 10;

/**
 * At most `max` exports stream at once on this instance. A download holds its slot until its
 * response closes (finished, abandoned or cut as stalled); one more is refused with 503 +
 * Retry-After rather than queued, so slow downloads cannot pile up without limit.
 */
export function createExportSlots(max: number) {
  let taken = 0;
  return {
    /** Takes a slot for `res` until it closes; AppError 503 (problem+json, Retry-After) when none is free. */
    take(res: Response): void {
      if (taken >= max) {
        throw unavailable(
          `${max} exports are being downloaded from this server already; try again shortly.`,
          exportRetryAfterSeconds,
        );
      }
      taken += 1;
      res.once('close', () => {
        taken -= 1;
      });
    },
  };
}

export type ExportSlots = ReturnType<typeof createExportSlots>;
