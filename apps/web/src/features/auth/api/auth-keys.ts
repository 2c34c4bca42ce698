/** Query keys of the session's answers. */
export const authKeys = {
  me: ['auth', 'me'] as const,
};
