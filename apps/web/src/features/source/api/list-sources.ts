import type { SourceSummary } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { sourceKeys } from './source-keys.ts';

/** GET /api/sources: every source document, the seeded article first, then imports in their order. */
export function listSources(signal?: AbortSignal) {
  return request<{ items: SourceSummary[] }>('/sources', { signal });
}

export function useSources() {
  return useQuery(
    queryOptions({
      queryKey: sourceKeys.list(),
      queryFn: ({ signal }) => listSources(signal),
      staleTime: 10 * 60_000,
    }),
  );
}
