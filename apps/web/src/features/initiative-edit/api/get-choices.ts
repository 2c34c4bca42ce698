import type { Initiative } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeEditKeys } from './initiative-edit-keys.ts';

/** The initiatives one may be placed under, in the source's reading order (the register holds well under 100). */
export async function getParentChoices(signal?: AbortSignal) {
  const page = await request<{ items: Initiative[] }>('/initiatives', { params: { pageSize: 100 }, signal });
  return page.items.map((item) => ({ id: item.id, title: item.title }));
}

export function useParentChoices() {
  return useQuery(
    queryOptions({ queryKey: initiativeEditKeys.parents, queryFn: ({ signal }) => getParentChoices(signal) }),
  );
}
