import type { StatusChange } from '@civic/shared/schemas';
import { historyPageMaxLimit } from '@civic/shared/vocabulary';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getInitiativeHistory } from './get-initiative-history.ts';
import { initiativeKeys } from './initiative-keys.ts';

/** Every entry of an initiative's history, page after page of the largest size: the progress chart needs all. */
export async function getWholeHistory(id: string, signal?: AbortSignal): Promise<StatusChange[]> {
  const entries: StatusChange[] = [];
  let cursor: string | undefined;
  do {
    const page = await getInitiativeHistory(id, cursor, signal, historyPageMaxLimit);
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

export function getWholeHistoryQueryOptions(id: string) {
  // Under the history's key, so a change that refreshes the history refreshes this too.
  return queryOptions({
    queryKey: [...initiativeKeys.history(id), 'whole'] as const,
    queryFn: ({ signal }) => getWholeHistory(id, signal),
  });
}

export function useWholeHistory(id: string) {
  return useQuery(getWholeHistoryQueryOptions(id));
}
