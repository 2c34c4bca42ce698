import type { StatusChange } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeKeys } from './initiative-keys.ts';

export function getInitiativeHistory(id: string, signal?: AbortSignal) {
  return request<{ items: StatusChange[] }>(`/initiatives/${encodeURIComponent(id)}/history`, { signal });
}

export function getInitiativeHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: initiativeKeys.history(id),
    queryFn: ({ signal }) => getInitiativeHistory(id, signal),
  });
}

export function useInitiativeHistory(id: string) {
  return useQuery(getInitiativeHistoryQueryOptions(id));
}
