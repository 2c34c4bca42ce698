import type { WorklistItem } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { monitorKeys } from './monitor-keys.ts';

/** Initiatives the monitor's organisation has not assessed, or whose official status changed since. */
export function getWorklist(signal?: AbortSignal) {
  return request<{ items: WorklistItem[] }>('/monitor/worklist', { signal });
}

export function getWorklistQueryOptions() {
  return queryOptions({ queryKey: monitorKeys.worklist, queryFn: ({ signal }) => getWorklist(signal) });
}

export function useWorklist(enabled: boolean) {
  return useQuery({ ...getWorklistQueryOptions(), enabled });
}
