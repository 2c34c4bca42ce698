import type { NewUserInput, User } from '@civic/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { accountsKeys } from './accounts-keys.ts';

export const createAccount = (input: NewUserInput) => request<User>('/admin/users', { method: 'POST', body: input });

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.all }),
  });
}
