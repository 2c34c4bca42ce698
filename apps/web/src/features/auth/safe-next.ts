// Any origin will do: it only shows where a browser would resolve the path.
const probeOrigin = 'http://civic-monitor.invalid';

/** C0 controls, DEL and C1 controls: a browser drops tab, CR and LF from a URL, so "/\t/x" becomes "//x". */
const hasControlChar = (value: string) =>
  Array.from(value).some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
  });

/**
 * Where to go after logging in: `value` itself when it is a path on this site, else "/". Refused: no
 * leading "/", any control character, anything a browser resolves to another origin ("//x", "/\\x"),
 * and the login page itself (including by "..").
 */
export function safeNext(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || hasControlChar(value)) return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, probeOrigin);
  } catch {
    return '/';
  }
  if (resolved.origin !== probeOrigin || resolved.pathname.startsWith('/login')) return '/';
  return value;
}

/** The /login link that brings the user back to `path` afterwards. */
export function loginHref(path: string): string {
  return path === '/' || path.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
