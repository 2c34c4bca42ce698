import type { Initiative, Owner, Stats } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeEditKeys } from './initiative-edit-keys.ts';

/** The responsible bodies an initiative may name (those the figures list). */
export async function getOwnerChoices(signal?: AbortSignal): Promise<Owner[]> {
  const stats = await request<Pick<Stats, 'byOwner'>>('/stats', { signal });
  return stats.byOwner.map((entry) => entry.owner);
}

/** The initiatives one may be placed under, in the source's reading order (the register holds well under 100). */
export async function getParentChoices(signal?: AbortSignal) {
  const page = await request<{ items: Initiative[] }>('/initiatives', { params: { pageSize: 100 }, signal });
  return page.items.map((item) => ({ id: item.id, title: item.title }));
}

export function useOwnerChoices() {
  return useQuery(
    queryOptions({ queryKey: initiativeEditKeys.owners, queryFn: ({ signal }) => getOwnerChoices(signal) }),
  );
}

export function useParentChoices() {
  return useQuery(
    queryOptions({ queryKey: initiativeEditKeys.parents, queryFn: ({ signal }) => getParentChoices(signal) }),
  );
}
