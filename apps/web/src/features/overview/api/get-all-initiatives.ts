import type { Initiative } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { overviewKeys } from './overview-keys.ts';

const pageSize = 100;

/** Every initiative in source order, page by page, for the progress chart. */
export async function getAllInitiatives(signal?: AbortSignal): Promise<Initiative[]> {
  const all: Initiative[] = [];
  for (let page = 1; ; page += 1) {
    const result = await request<{ items: Initiative[]; total: number }>('/initiatives', {
      params: { sort: 'source', page, pageSize },
      signal,
    });
    all.push(...result.items);
    if (result.items.length < pageSize || all.length >= result.total) return all;
  }
}

export function getAllInitiativesQueryOptions() {
  return queryOptions({ queryKey: overviewKeys.allInitiatives, queryFn: ({ signal }) => getAllInitiatives(signal) });
}

export function useAllInitiatives() {
  return useQuery(getAllInitiativesQueryOptions());
}
