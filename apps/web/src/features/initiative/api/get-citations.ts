import type { InitiativeCitation } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeKeys } from './initiative-keys.ts';

/** GET /api/initiatives/:id/sources: every source citing the initiative, its origin first, then evidence oldest first. */
export function getCitations(id: string, signal?: AbortSignal) {
  return request<{ items: InitiativeCitation[] }>(`/initiatives/${encodeURIComponent(id)}/sources`, { signal });
}

export function useCitations(id: string) {
  return useQuery(
    queryOptions({
      queryKey: initiativeKeys.sources(id),
      queryFn: ({ signal }) => getCitations(id, signal),
    }),
  );
}
