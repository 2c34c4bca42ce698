import type { InitiativeDetail } from '@civic/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getInitiativeQueryOptions } from '../../features/initiative/api/get-initiative.ts';
import { getInitiativeHistoryQueryOptions } from '../../features/initiative/api/get-initiative-history.ts';
import { getInitiativesQueryOptions } from '../../features/initiatives/api/get-initiatives.ts';
import { defaultFilters } from '../../features/initiatives/filters-url.ts';
import { getAttentionQueryOptions } from '../../features/officials/api/get-attention.ts';
import { getAllInitiativesQueryOptions } from '../../features/overview/api/get-all-initiatives.ts';
import { getStatsQueryOptions } from '../../features/overview/api/get-stats.ts';

/** After an official's change: the initiative, its history, every list and the figures are read again. */
export function useRefreshInitiative(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: InitiativeDetail) => {
      const detailKey = getInitiativeQueryOptions(id).queryKey;
      if (detail) queryClient.setQueryData(detailKey, detail);
      else void queryClient.invalidateQueries({ queryKey: detailKey });
      const keys = [
        getInitiativeHistoryQueryOptions(id).queryKey,
        // Every filter combination and language of a list shares the key's first two parts.
        getInitiativesQueryOptions(defaultFilters, 'ru').queryKey.slice(0, 2),
        getAttentionQueryOptions('overdue', 'ru').queryKey.slice(0, 2),
        getAllInitiativesQueryOptions().queryKey,
        getStatsQueryOptions().queryKey,
      ];
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    },
    [id, queryClient],
  );
}
