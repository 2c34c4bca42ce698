import type { Owner, Stats } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

/** The responsible bodies that have initiatives, for the owner filter. */
export async function getOwners(signal?: AbortSignal): Promise<Owner[]> {
  const stats = await apiGet<Pick<Stats, 'byOwner'>>('/stats', undefined, signal);
  return stats.byOwner.map((entry) => entry.owner);
}

export function getOwnersQueryOptions() {
  return queryOptions({ queryKey: ['owners'], queryFn: ({ signal }) => getOwners(signal), staleTime: 5 * 60_000 });
}

export function useOwners() {
  return useQuery(getOwnersQueryOptions());
}
