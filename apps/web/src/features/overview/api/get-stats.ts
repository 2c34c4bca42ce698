import type { Stats } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { overviewKeys } from './overview-keys.ts';

export function getStats(signal?: AbortSignal) {
  return request<Stats>('/stats', { signal });
}

export function getStatsQueryOptions() {
  return queryOptions({ queryKey: overviewKeys.stats, queryFn: ({ signal }) => getStats(signal) });
}

export function useStats() {
  return useQuery(getStatsQueryOptions());
}
