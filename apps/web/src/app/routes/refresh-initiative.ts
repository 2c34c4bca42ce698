import type { InitiativeDetail } from '@civic/shared/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { attentionKeys } from '../../features/attention/api/attention-keys.ts';
import { initiativeKeys } from '../../features/initiative/api/initiative-keys.ts';
import { initiativeEditKeys } from '../../features/initiative-edit/api/initiative-edit-keys.ts';
import { initiativesKeys } from '../../features/initiatives/api/initiatives-keys.ts';
import { monitorKeys } from '../../features/monitor/api/monitor-keys.ts';
import { overviewKeys } from '../../features/overview/api/overview-keys.ts';

/** After an official's change or a monitor's assessment: the initiative, its history, every list and the figures are read again. */
export function useRefreshInitiative(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: InitiativeDetail) => {
      const detailKey = initiativeKeys.detail(id);
      if (detail) queryClient.setQueryData(detailKey, detail);
      else void queryClient.invalidateQueries({ queryKey: detailKey });
      const keys = [
        initiativeKeys.history(id),
        initiativeKeys.assessments(id),
        initiativeKeys.sources(id),
        initiativesKeys.lists,
        monitorKeys.all,
        attentionKeys.all,
        overviewKeys.allInitiatives,
        overviewKeys.stats,
        initiativeEditKeys.parents,
      ];
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    },
    [id, queryClient],
  );
}

/** After an initiative is added: every list, the figures and the choices that name initiatives are read again. */
export function useRefreshLists() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    const keys = [
      initiativesKeys.lists,
      attentionKeys.all,
      overviewKeys.allInitiatives,
      overviewKeys.stats,
      initiativeEditKeys.parents,
    ];
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  }, [queryClient]);
}
