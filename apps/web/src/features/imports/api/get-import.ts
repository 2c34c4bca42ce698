import type { ImportDraft } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { importsKeys } from './imports-keys.ts';

export function getImport(id: string, signal?: AbortSignal) {
  return request<ImportDraft>(`/imports/${encodeURIComponent(id)}`, { signal });
}

export function getImportQueryOptions(id: string) {
  return queryOptions({ queryKey: importsKeys.detail(id), queryFn: ({ signal }) => getImport(id, signal) });
}

export function useImport(id: string) {
  return useQuery(getImportQueryOptions(id));
}
