import type { InitiativeDetail } from '@civic/shared/schemas';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { importsKeys } from './imports-keys.ts';

/** A tracked initiative a passage reports on, as it stands now: its version is what an update is made from. */
export function getTracked(id: string, signal?: AbortSignal) {
  return request<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, { signal });
}

export function getTrackedQueryOptions(id: string) {
  return queryOptions({ queryKey: importsKeys.tracked(id), queryFn: ({ signal }) => getTracked(id, signal) });
}

/** The tracked initiatives by id, those loaded so far. */
export function useTracked(ids: readonly string[]): Map<string, InitiativeDetail> {
  const results = useQueries({ queries: ids.map((id) => getTrackedQueryOptions(id)) });
  return new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : [])));
}
