import { z } from 'zod';
import { initiativeSchema, localizedTextSchema, relationSchema, slugSchema } from './initiative.ts';
import { milestoneSchema } from './milestone.ts';

export const initiativeDetailSchema = initiativeSchema.extend({
  parent: z.object({ id: slugSchema, title: localizedTextSchema, titleEnMissing: z.boolean() }).nullable(),
  children: z.array(initiativeSchema),
  milestones: z.array(milestoneSchema),
  relations: z.array(relationSchema),
});
export type InitiativeDetail = z.infer<typeof initiativeDetailSchema>;
