import type { SourceDocument, SourceSummary } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeEditKeys } from './initiative-edit-keys.ts';

export const getSources = (signal?: AbortSignal) => request<{ items: SourceSummary[] }>('/sources', { signal });

export const getSourceText = (id: string, signal?: AbortSignal) =>
  request<SourceDocument>(`/sources/${encodeURIComponent(id)}`, { signal });

/** The source documents a new initiative may quote. */
export function useSources() {
  return useQuery(queryOptions({ queryKey: initiativeEditKeys.sources, queryFn: ({ signal }) => getSources(signal) }));
}

/** One document's text, once one is chosen. */
export function useSourceText(id: string) {
  return useQuery(
    queryOptions({
      queryKey: initiativeEditKeys.source(id),
      queryFn: ({ signal }) => getSourceText(id, signal),
      enabled: id !== '',
    }),
  );
}
