import { z } from 'zod';
import { ownerSchema } from './initiative.ts';
import { kindSchema, statusSchema } from './vocabulary.ts';

/** A responsible body and how many initiatives name it as their owner. */
export const ownerCountSchema = z.object({ owner: ownerSchema, count: z.number().int().nonnegative() });
export type OwnerCount = z.infer<typeof ownerCountSchema>;

/**
 * GET /api/owners: every responsible body the register knows (an initiative's owner must be one of
 * them), those with the most initiatives first, then by id; a body no initiative names counts 0.
 */
export const ownersListSchema = z.object({ items: z.array(ownerCountSchema) });
export type OwnersList = z.infer<typeof ownersListSchema>;

export const statsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(statusSchema, z.number().int()),
  byKind: z.record(kindSchema, z.number().int()),
  /** The owners that have initiatives, as GET /api/owners orders them. */
  byOwner: z.array(ownerCountSchema),
  meanProgress: z.number(),
  overdue: z.number().int(),
  stale: z.number().int(),
  /** Initiatives whose latest independent rating disagrees with the official one (agreementOf). */
  disagreement: z.number().int(),
  staleAfterDays: z.number().int(),
  /** IANA zone the days and months below follow (config TIME_ZONE). */
  timeZone: z.string(),
  /** Status changes recorded per calendar month of timeZone, oldest first. */
  activityByMonth: z.array(z.object({ month: z.string(), changes: z.number().int() })),
  /** How many initiatives stood in each status at the end of each local day with a change, rebuilt from the history. */
  statusOverTime: z.array(z.object({ date: z.string(), counts: z.record(statusSchema, z.number().int()) })),
  /**
   * Mean progress (0–100, one decimal) of all initiatives at the end of each local day on which a
   * recorded change (a parent's roll-up included) moved some initiative's progress, oldest first; before
   * its first entry an initiative counts with the progress that entry gave it. `fromMeanProgress` is the
   * mean at the day's start and `changes` how many entries moved some progress that day, so changes
   * within one day are counted, not folded into its end.
   */
  progressOverTime: z.array(
    z.object({
      date: z.string(),
      meanProgress: z.number().min(0).max(100),
      fromMeanProgress: z.number().min(0).max(100),
      changes: z.number().int().min(1),
    }),
  ),
  generatedAt: z.string(),
});
export type Stats = z.infer<typeof statsSchema>;
