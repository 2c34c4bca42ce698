import type { LoginInput, User } from '@civic/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getMeQueryOptions } from './get-me.ts';
import { sendJson } from './send-json.ts';
import { setSessionHint } from './session-hint.ts';

export function login(input: LoginInput) {
  return sendJson<{ user: User }>('POST', '/auth/login', input);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      setSessionHint(true);
      queryClient.setQueryData(getMeQueryOptions().queryKey, user);
    },
  });
}
