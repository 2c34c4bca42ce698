import type { Owner, Stats } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { importsKeys } from './imports-keys.ts';

/** The responsible bodies already known, to choose an initiative's owner from. */
export async function getOwners(signal?: AbortSignal): Promise<Owner[]> {
  const stats = await request<Pick<Stats, 'byOwner'>>('/stats', { signal });
  return stats.byOwner.map((entry) => entry.owner);
}

export function useOwners() {
  return useQuery(
    queryOptions({ queryKey: importsKeys.owners, queryFn: ({ signal }) => getOwners(signal), staleTime: 5 * 60_000 }),
  );
}
