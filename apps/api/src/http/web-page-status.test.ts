import { webPagePaths } from '@civic/shared';
import { describe, expect, it } from 'vitest';
import { type RecordLookup, type RecordPage, webPageStatus } from './web-page-status.ts';

/** Lookups that find only `known` and write down every id they were asked for. */
function countingLookups(known: string) {
  const asked: string[] = [];
  const lookup: RecordLookup = async (id) => {
    asked.push(id);
    return id === known;
  };
  const lookups: Record<RecordPage, RecordLookup> = {
    '/initiatives/:id': lookup,
    '/sources/:id': lookup,
    '/imports/:id': lookup,
  };
  return { asked, status: webPageStatus(lookups) };
}

describe('the status of a web page', () => {
  it('when a page names no record, then it is 200 and the store is not asked', async () => {
    const { asked, status } = countingLookups('full-time-deputies');
    for (const page of webPagePaths.filter((path) => !path.includes(':'))) {
      expect(await status(page), page).toBe(200);
    }
    expect(await status('/initiatives/')).toBe(200);
    expect(asked).toEqual([]);
  });

  it('when a page names a record, then one lookup of the decoded id decides between 200 and 404', async () => {
    const { asked, status } = countingLookups('full-time-deputies');
    expect(await status('/initiatives/full-time-deputies')).toBe(200);
    expect(await status('/sources/full-time-deputies/')).toBe(200);
    expect(await status('/initiatives/unknown')).toBe(404);
    expect(await status('/initiatives/999999')).toBe(404);
    expect(await status('/initiatives/full%2Dtime-deputies')).toBe(200);
    expect(asked).toEqual(['full-time-deputies', 'full-time-deputies', 'unknown', '999999', 'full-time-deputies']);
  });

  it('when the id cannot name a record (not a slug), then 404 without a lookup', async () => {
    const { asked, status } = countingLookups('x');
    for (const path of [
      '/initiatives/x',
      '/initiatives/Full-Time',
      '/initiatives/%D0%B6',
      `/sources/${'a'.repeat(81)}`,
    ]) {
      expect(await status(path), path).toBe(404);
    }
    expect(asked).toEqual([]);
  });

  it('when the id is not valid percent-encoding, then 400 without a lookup', async () => {
    const { asked, status } = countingLookups('x');
    for (const path of ['/initiatives/%E0%A4%A', '/sources/%ZZ', '/imports/abc%']) {
      expect(await status(path), path).toBe(400);
    }
    expect(asked).toEqual([]);
  });

  it('when a path is no page, then 404', async () => {
    const { status } = countingLookups('x');
    for (const path of ['/nothing', '/initiatives/a/b', '/%E0%A4%A']) expect(await status(path), path).toBe(404);
  });

  it('when a page of one record has no lookup, then the server refuses to start', () => {
    const partial = { '/initiatives/:id': async () => true } as unknown as Record<RecordPage, RecordLookup>;
    expect(() => webPageStatus(partial)).toThrow(/\/sources\/:id, \/imports\/:id/);
  });
});
