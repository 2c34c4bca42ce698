import { describe, expect, it } from 'vitest';
import { historyCsvUrl, initiativeFeedUrl, initiativesCsvUrl, initiativesXlsxUrl } from './export-urls.ts';

describe('export links', () => {
  it('when the list is filtered, sorted and paged, then the CSV link keeps filters and sort but not the page', () => {
    const url = initiativesCsvUrl(
      { status: ['proposed', 'adopted'], q: 'маслихат', sort: '-title', page: 3, pageSize: 5, lang: 'ru' },
      'kk',
      ';',
    );
    const params = new URL(url, 'http://x').searchParams;
    expect(new URL(url, 'http://x').pathname).toBe('/api/export/initiatives.csv');
    expect(Object.fromEntries(params)).toEqual({
      status: 'proposed,adopted',
      q: 'маслихат',
      sort: '-title',
      lang: 'kk',
      sep: ';',
    });
  });

  it('when the list is filtered, then the .xlsx link keeps the same filters and sort, without page or separator', () => {
    const url = initiativesXlsxUrl({ status: ['proposed'], q: 'маслихат', sort: '-title', page: 2, lang: 'ru' }, 'en');
    expect(new URL(url, 'http://x').pathname).toBe('/api/export/initiatives.xlsx');
    expect(Object.fromEntries(new URL(url, 'http://x').searchParams)).toEqual({
      status: 'proposed',
      q: 'маслихат',
      sort: '-title',
      lang: 'en',
    });
  });

  it('when one initiative is exported, then its history and feed links name it', () => {
    expect(historyCsvUrl('full-time-deputies', 'en', ',')).toBe(
      '/api/export/history.csv?initiative=full-time-deputies&lang=en&sep=%2C',
    );
    expect(initiativeFeedUrl('full-time-deputies', 'kk')).toBe('/api/initiatives/full-time-deputies/feed.atom?lang=kk');
  });
});
