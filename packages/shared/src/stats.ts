import { z } from 'zod';
import { ownerSchema } from './initiative.ts';
import { kindSchema, statusSchema } from './vocabulary.ts';

export const statsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(statusSchema, z.number().int()),
  byKind: z.record(kindSchema, z.number().int()),
  byOwner: z.array(z.object({ owner: ownerSchema, count: z.number().int() })),
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
   * its first entry an initiative counts with the progress that entry gave it.
   */
  progressOverTime: z.array(z.object({ date: z.string(), meanProgress: z.number().min(0).max(100) })),
  generatedAt: z.string(),
});
export type Stats = z.infer<typeof statsSchema>;
