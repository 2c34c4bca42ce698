import type { User } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, request } from '../../../lib/api-client.ts';
import { authKeys } from './auth-keys.ts';
import { hasSessionHint, setSessionHint } from './session-hint.ts';

/** The logged-in user, or null for a visitor (the API answers 401 once a session has ended). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  if (!hasSessionHint()) return null;
  try {
    return (await request<{ user: User }>('/auth/me', { signal })).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setSessionHint(false);
      return null;
    }
    throw error;
  }
}

export function getMeQueryOptions() {
  return queryOptions({ queryKey: authKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}

/** True once the user is known to be an official or admin. */
export function useIsOfficial(): boolean {
  const role = useMe().data?.role;
  return role === 'official' || role === 'admin';
}

/** True once the user is known to be a civil-society monitor. */
export function useIsMonitor(): boolean {
  return useMe().data?.role === 'monitor';
}
