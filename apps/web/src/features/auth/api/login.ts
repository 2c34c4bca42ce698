import type { LoginInput, User } from '@civic/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';
import { setSessionHint } from './session-hint.ts';

export function login(input: LoginInput) {
  return request<{ user: User }>('/auth/login', { method: 'POST', body: input });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      setSessionHint(true);
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}
