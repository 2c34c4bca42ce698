import { describe, expect, it } from 'vitest';
import { loginHref, safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('when the target is a path on this site, then it is kept with its query', () => {
    expect(safeNext('/initiatives/full-time-deputies?lang=en')).toBe('/initiatives/full-time-deputies?lang=en');
  });

  it('when the target points to another site or back to login, then the overview is used', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/login']) {
      expect(safeNext(bad)).toBe('/');
    }
    expect(safeNext(null)).toBe('/');
  });

  it('when a login link is made, then it carries the page to return to', () => {
    expect(loginHref('/attention')).toBe('/login?next=%2Fattention');
    expect(loginHref('/')).toBe('/login');
    expect(safeNext(decodeURIComponent(loginHref('/attention').split('=')[1] ?? ''))).toBe('/attention');
  });
});
