import { describe, expect, it } from 'vitest';
import { webPageOf } from './web-pages.ts';

describe('web pages', () => {
  it.each([
    ['/', '/'],
    ['/initiatives', '/initiatives'],
    ['/initiatives/', '/initiatives'],
    ['/login', '/login'],
    ['/monitor', '/monitor'],
    ['/imports/new', '/imports/new'],
  ])('when %s is asked, then it is the page %s, naming no record', (path, page) =>
    expect(webPageOf(path)).toEqual({ page }),
  );
  it.each([
    ['/initiatives/full-time-deputies', '/initiatives/:id', 'full-time-deputies'],
    ['/initiatives/999999/', '/initiatives/:id', '999999'],
    ['/sources/abc', '/sources/:id', 'abc'],
    ['/imports/0190a1b2-c3d4', '/imports/:id', '0190a1b2-c3d4'],
    ['/initiatives/%E0%A4%A', '/initiatives/:id', '%E0%A4%A'],
  ])('when %s is asked, then it is the page %s of the record %s, as sent', (path, page, id) =>
    expect(webPageOf(path)).toEqual({ page, id }),
  );
  it.each(['/nothing', '/initiatives/a/b', '/sources/a/b', '/login/x', '//', '/index.htm', '/api'])(
    'when %s is asked, then it is not a page',
    (path) => expect(webPageOf(path)).toBeUndefined(),
  );
});
