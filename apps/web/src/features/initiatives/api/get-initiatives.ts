import type { Initiative } from '@civic/shared/schemas';
import type { Language } from '@civic/shared/vocabulary';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { type InitiativeFilters, toApiParams } from '../filters-url.ts';
import { initiativesKeys } from './initiatives-keys.ts';

export interface InitiativesPage {
  items: Initiative[];
  total: number;
  page: number;
  pageSize: number;
}

export function getInitiatives(filters: InitiativeFilters, lang: Language, signal?: AbortSignal) {
  return request<InitiativesPage>('/initiatives', { params: toApiParams(filters, lang), signal });
}

export function getInitiativesQueryOptions(filters: InitiativeFilters, lang: Language) {
  return queryOptions({
    queryKey: initiativesKeys.list(filters, lang),
    queryFn: ({ signal }) => getInitiatives(filters, lang, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInitiatives(filters: InitiativeFilters, lang: Language) {
  return useQuery(getInitiativesQueryOptions(filters, lang));
}
