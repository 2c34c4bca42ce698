import type { HistoryPage } from '@civic/shared/schemas';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeKeys } from './initiative-keys.ts';

/** One page of an initiative's history, newest first; `cursor` is the previous page's nextCursor; `limit` the API's default when absent. */
export function getInitiativeHistory(id: string, cursor: string | undefined, signal?: AbortSignal, limit?: number) {
  return request<HistoryPage>(`/initiatives/${encodeURIComponent(id)}/history`, {
    params: { cursor, limit },
    signal,
  });
}

export function getInitiativeHistoryQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: initiativeKeys.history(id),
    queryFn: ({ pageParam, signal }) => getInitiativeHistory(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useInitiativeHistory(id: string) {
  return useInfiniteQuery(getInitiativeHistoryQueryOptions(id));
}
