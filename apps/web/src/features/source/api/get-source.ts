import type { SourceDocumentWithPassages } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export function getSource(id: string, signal?: AbortSignal) {
  return apiGet<SourceDocumentWithPassages>(`/sources/${encodeURIComponent(id)}`, undefined, signal);
}

export function getSourceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['sources', id],
    queryFn: ({ signal }) => getSource(id, signal),
    staleTime: 10 * 60_000,
  });
}

export function useSource(id: string) {
  return useQuery(getSourceQueryOptions(id));
}
