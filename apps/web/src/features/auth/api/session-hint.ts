// The session cookie is HttpOnly, so the page keeps its own note that a login happened:
// visitors then never ask /api/auth/me (and never get its 401).
const hintKey = 'civic.signedIn';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(hintKey) === '1';
  } catch {
    return false;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(hintKey, '1');
    else localStorage.removeItem(hintKey);
  } catch {
    // Without storage the page still works; it just asks the server each time.
  }
}
