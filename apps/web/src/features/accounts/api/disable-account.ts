import type { User } from '@civic/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { accountsKeys } from './accounts-keys.ts';

export const disableAccount = (id: string) =>
  request<User>(`/admin/users/${encodeURIComponent(id)}/disable`, { method: 'POST' });

export function useDisableAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.all }),
  });
}
