import { describe, expect, it } from 'vitest';
import { isWebPagePath } from './web-pages.ts';

describe('web pages', () => {
  it.each([
    '/',
    '/initiatives',
    '/initiatives/',
    '/initiatives/full-time-deputies',
    '/sources/abc',
    '/login',
    '/monitor',
  ])('when %s is asked, then it is a page', (path) => expect(isWebPagePath(path)).toBe(true));
  it.each(['/nothing', '/initiatives/a/b', '/sources/a/b', '/login/x', '//', '/index.htm', '/api'])(
    'when %s is asked, then it is not a page',
    (path) => expect(isWebPagePath(path)).toBe(false),
  );
});
