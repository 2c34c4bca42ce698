import type { SourceDocumentWithPassages } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { sourceKeys } from './source-keys.ts';

export function getSource(id: string, signal?: AbortSignal) {
  return request<SourceDocumentWithPassages>(`/sources/${encodeURIComponent(id)}`, { signal });
}

export function getSourceQueryOptions(id: string) {
  return queryOptions({
    queryKey: sourceKeys.detail(id),
    queryFn: ({ signal }) => getSource(id, signal),
    staleTime: 10 * 60_000,
  });
}

export function useSource(id: string) {
  return useQuery(getSourceQueryOptions(id));
}
