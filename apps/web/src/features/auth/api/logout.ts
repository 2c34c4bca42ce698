import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';
import { setSessionHint } from './session-hint.ts';

export function logout() {
  return request<void>('/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the answer (an expired session is a 401), the user is a visitor afterwards.
    onSettled: () => {
      setSessionHint(false);
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
