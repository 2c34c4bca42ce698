import type { User } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { accountsKeys } from './accounts-keys.ts';

export const getAccounts = (signal?: AbortSignal) => request<{ items: User[] }>('/admin/users', { signal });

export function useAccounts() {
  return useQuery(queryOptions({ queryKey: accountsKeys.all, queryFn: ({ signal }) => getAccounts(signal) }));
}
