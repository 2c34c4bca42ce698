import type { StatusChange } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export function getInitiativeHistory(id: string, signal?: AbortSignal) {
  return apiGet<{ items: StatusChange[] }>(`/initiatives/${encodeURIComponent(id)}/history`, undefined, signal);
}

export function getInitiativeHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['initiatives', 'history', id],
    queryFn: ({ signal }) => getInitiativeHistory(id, signal),
  });
}

export function useInitiativeHistory(id: string) {
  return useQuery(getInitiativeHistoryQueryOptions(id));
}
