import { z } from 'zod';
import { kinds, languages, legislativeStages, relationTypes, roles, statuses } from './terms.ts';

export * from './terms.ts';

export const languageSchema = z.enum(languages);
export const statusSchema = z.enum(statuses);
export const kindSchema = z.enum(kinds);
export const legislativeStageSchema = z.enum(legislativeStages);
export const relationTypeSchema = z.enum(relationTypes);
export const roleSchema = z.enum(roles);
