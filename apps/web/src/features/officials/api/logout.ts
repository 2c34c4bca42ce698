import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getMeQueryOptions } from './get-me.ts';
import { sendJson } from './send-json.ts';
import { setSessionHint } from './session-hint.ts';

export function logout() {
  return sendJson<void>('POST', '/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the answer (an expired session is a 401), the user is a visitor afterwards.
    onSettled: () => {
      setSessionHint(false);
      queryClient.setQueryData(getMeQueryOptions().queryKey, null);
    },
  });
}
