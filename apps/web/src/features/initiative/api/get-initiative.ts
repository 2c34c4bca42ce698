import type { InitiativeDetail } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export function getInitiative(id: string, signal?: AbortSignal) {
  return apiGet<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, undefined, signal);
}

export function getInitiativeQueryOptions(id: string) {
  return queryOptions({ queryKey: ['initiatives', 'detail', id], queryFn: ({ signal }) => getInitiative(id, signal) });
}

export function useInitiative(id: string) {
  return useQuery(getInitiativeQueryOptions(id));
}
