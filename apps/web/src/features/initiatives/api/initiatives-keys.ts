import type { Language } from '@civic/shared/vocabulary';
import type { InitiativeFilters } from '../filters-url.ts';

/** Query keys of the initiatives list: every filter and the language are in a page's key. */
export const initiativesKeys = {
  /** Every page of every filter combination and language. */
  lists: ['initiatives', 'list'] as const,
  list: (filters: InitiativeFilters, lang: Language) => [...initiativesKeys.lists, { ...filters, lang }] as const,
};
