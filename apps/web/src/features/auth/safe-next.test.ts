import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loginHref, safeNext } from './safe-next.ts';

const origin = 'http://civic-monitor.invalid';
const controlChars = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
].map((code) => String.fromCodePoint(code));

// Seeded, and the seed printed, so a failure can be replayed.
const seed = Number(process.env.FC_SEED ?? 20260301);
console.log(`safe-next property seed: ${seed}`);

// The characters that matter to where a browser goes, so the runs meet them often; plus any code point at all.
const urlish = fc.constantFrom(
  '/',
  '\\',
  '.',
  ':',
  '?',
  '#',
  '%',
  '@',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0085',
  'l',
  'o',
  'g',
  'i',
  'n',
  'x',
);
const target = fc.oneof(
  fc.string({ unit: urlish }),
  fc.string({ unit: urlish }).map((s) => `/${s}`),
  fc.string({ unit: 'binary' }).map((s) => `/${s}`),
);

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

  it('when the target hides a control character, as in ?next=%2F%09%2Fx, then the overview is used', () => {
    expect(safeNext(decodeURIComponent('%2F%09%2Fx'))).toBe('/');
    for (const bad of ['/\r/x', '/\n/x', '/\u0000x', '/x\u007f', '/\u0085x', '/\u009f/evil.example']) {
      expect(safeNext(bad)).toBe('/');
    }
  });

  it('when the target walks back to the login page, then the overview is used', () => {
    expect(safeNext('/initiatives/../login?next=/x')).toBe('/');
  });

  it('when any control character is anywhere in the target, then the overview is used', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...controlChars), fc.string(), (before, control, after) => {
        expect(safeNext(`/${before}${control}${after}`)).toBe('/');
      }),
      { seed, numRuns: 500 },
    );
  });

  it('when the target is anything at all, then the result is "/" or the target itself, on this site', () => {
    fc.assert(
      fc.property(target, (value) => {
        const result = safeNext(value);
        if (result === '/') return;
        expect(result).toBe(value);
        expect(new URL(result, origin).origin).toBe(origin);
        expect(Array.from(result).some((ch) => controlChars.includes(ch))).toBe(false);
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('when a login link is made, then it carries the page to return to', () => {
    expect(loginHref('/attention')).toBe('/login?next=%2Fattention');
    expect(loginHref('/')).toBe('/login');
    expect(safeNext(decodeURIComponent(loginHref('/attention').split('=')[1] ?? ''))).toBe('/attention');
  });
});
