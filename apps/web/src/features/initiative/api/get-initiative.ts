import type { InitiativeDetail } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeKeys } from './initiative-keys.ts';

export function getInitiative(id: string, signal?: AbortSignal) {
  return request<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, { signal });
}

export function getInitiativeQueryOptions(id: string) {
  return queryOptions({ queryKey: initiativeKeys.detail(id), queryFn: ({ signal }) => getInitiative(id, signal) });
}

export function useInitiative(id: string) {
  return useQuery(getInitiativeQueryOptions(id));
}
