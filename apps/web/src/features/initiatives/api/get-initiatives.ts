import type { Initiative, Language } from '@civic/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';
import { type InitiativeFilters, toApiParams } from '../filters-url.ts';

export interface InitiativesPage {
  items: Initiative[];
  total: number;
  page: number;
  pageSize: number;
}

export function getInitiatives(filters: InitiativeFilters, lang: Language, signal?: AbortSignal) {
  return apiGet<InitiativesPage>('/initiatives', toApiParams(filters, lang), signal);
}

export function getInitiativesQueryOptions(filters: InitiativeFilters, lang: Language) {
  return queryOptions({
    queryKey: ['initiatives', 'list', { ...filters, lang }],
    queryFn: ({ signal }) => getInitiatives(filters, lang, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInitiatives(filters: InitiativeFilters, lang: Language) {
  return useQuery(getInitiativesQueryOptions(filters, lang));
}
