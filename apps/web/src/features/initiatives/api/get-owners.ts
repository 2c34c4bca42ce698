import type { Owner, Stats } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativesKeys } from './initiatives-keys.ts';

/** The responsible bodies that have initiatives, for the owner filter. */
export async function getOwners(signal?: AbortSignal): Promise<Owner[]> {
  const stats = await request<Pick<Stats, 'byOwner'>>('/stats', { signal });
  return stats.byOwner.map((entry) => entry.owner);
}

export function getOwnersQueryOptions() {
  return queryOptions({
    queryKey: initiativesKeys.owners,
    queryFn: ({ signal }) => getOwners(signal),
    staleTime: 5 * 60_000,
  });
}

export function useOwners() {
  return useQuery(getOwnersQueryOptions());
}
