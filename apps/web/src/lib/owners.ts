import type { Owner, OwnerCount, OwnersList } from '@civic/shared/schemas';
import type { HistoryNames, Language } from '@civic/shared/vocabulary';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './api-client.ts';
import { pickText } from './pick-text.ts';

/** The responsible bodies with their initiative counts (GET /api/owners), most initiatives first. */
async function getOwners(signal?: AbortSignal): Promise<OwnerCount[]> {
  return (await request<OwnersList>('/owners', { signal })).items;
}

const ownersQuery = queryOptions({
  queryKey: ['owners'] as const,
  queryFn: ({ signal }) => getOwners(signal),
  staleTime: 5 * 60_000,
});

const everyOwner = (items: OwnerCount[]): Owner[] => items.map((entry) => entry.owner);
const ownersWithInitiatives = (items: OwnerCount[]): Owner[] =>
  items.filter((entry) => entry.count > 0).map((entry) => entry.owner);

/**
 * The responsible bodies, from one query every page shares: every one an initiative may name (the
 * forms' owner choices), or with `withInitiatives` only those some initiative names (the list's filter,
 * where another would find nothing).
 */
export function useOwners({ withInitiatives = false }: { withInitiatives?: boolean } = {}) {
  return useQuery({ ...ownersQuery, select: withInitiatives ? ownersWithInitiatives : everyOwner });
}

/**
 * The names a history entry's owner ids print as in `lang` (historyChangeText's `names`), read from the
 * same shared query only when `enabled` (an entry that moved the owner): other pages ask nothing more.
 */
export function useOwnerNames(lang: Language, enabled: boolean): HistoryNames {
  const owners = useQuery({ ...ownersQuery, select: everyOwner, enabled });
  const byId = new Map((owners.data ?? []).map((owner) => [owner.id, pickText(owner.name, lang).text]));
  return { owner: (id) => byId.get(id) };
}
