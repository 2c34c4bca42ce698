import { z } from 'zod';

export const languages = ['ru', 'kk', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
export const defaultLanguage: Language = 'ru';

export const statuses = [
  'proposed',
  'in_progress',
  'under_review',
  'adopted',
  'completed',
  'stalled',
  'withdrawn',
] as const;
export const statusSchema = z.enum(statuses);
export type Status = z.infer<typeof statusSchema>;

/** Progress an initiative takes on entering a status; null keeps the progress it had. */
export const statusProgressPreset: Record<Status, number | null> = {
  proposed: 0,
  in_progress: 25,
  under_review: 50,
  adopted: 75,
  completed: 100,
  stalled: null,
  withdrawn: null,
};

/** Statuses that close an initiative: it can no longer be overdue. */
export const closedStatuses: readonly Status[] = ['completed', 'withdrawn'];

export const kinds = ['institution', 'recommendation', 'legislation', 'practice', 'call_to_action'] as const;
export const kindSchema = z.enum(kinds);
export type Kind = z.infer<typeof kindSchema>;

export const legislativeStages = ['drafting', 'public_discussion', 'mazhilis', 'senate', 'signed', 'in_force'] as const;
export const legislativeStageSchema = z.enum(legislativeStages);
export type LegislativeStage = z.infer<typeof legislativeStageSchema>;

export const relationTypes = ['reflected_in'] as const;
export const relationTypeSchema = z.enum(relationTypes);
export type RelationType = z.infer<typeof relationTypeSchema>;

export const roles = ['official', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
