/** Where to go after logging in: a path on this site only, so a crafted link cannot send the user away. */
export function safeNext(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.startsWith('/login') ? '/' : value;
}

/** The /login link that brings the user back to `path` afterwards. */
export function loginHref(path: string): string {
  return path === '/' || path.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
