import type { Stats } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export function getStats(signal?: AbortSignal) {
  return apiGet<Stats>('/stats', undefined, signal);
}

export function getStatsQueryOptions() {
  return queryOptions({ queryKey: ['stats'], queryFn: ({ signal }) => getStats(signal) });
}

export function useStats() {
  return useQuery(getStatsQueryOptions());
}
