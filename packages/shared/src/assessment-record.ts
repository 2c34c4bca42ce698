import { z } from 'zod';
import { agreements, ratings } from './assessment-scale.ts';
import { slugPattern } from './list-params.ts';

// Apart from initiative.ts, which carries the latest assessment, so that neither imports the other.
export const ratingSchema = z.enum(ratings);
export const agreementSchema = z.enum(agreements);

/** One independent assessment of an initiative by a monitor's organisation; the record is append-only. */
export const assessmentSchema = z.object({
  id: z.string(),
  initiativeId: z.string().regex(slugPattern),
  rating: ratingSchema,
  rationale: z.string(),
  evidenceUrls: z.array(z.string()),
  /** The day the rating describes, in the configured zone. */
  asOf: z.iso.date(),
  /** The organisation that assessed, and the monitor's public display name. */
  organisation: z.string(),
  assessor: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The id of the same organisation's next assessment of this initiative, which replaces this one; null while current. */
  supersededBy: z.string().nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
