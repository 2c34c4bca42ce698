import { siteFeedTitles } from '@civic/shared/vocabulary';
import { describe, expect, it } from 'vitest';
import { historyCsvUrl, initiativeFeedUrl, initiativesCsvUrl, initiativesXlsxUrl, siteFeed } from './export-urls.ts';

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

  it('when the list is filtered, then the feed link carries the same filters and the page language, without sort or page', () => {
    const filters = {
      status: ['proposed', 'adopted'],
      kind: [],
      q: 'маслихат',
      overdue: 'true',
      assessment: 'disagree',
      sort: '-title',
      page: 3,
      pageSize: 5,
      lang: 'ru',
    };
    const { href, title } = siteFeed('en', filters);
    expect(new URL(href, 'http://x').pathname).toBe('/api/feed.atom');
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({
      status: 'proposed,adopted',
      q: 'маслихат',
      overdue: 'true',
      assessment: 'disagree',
      lang: 'en',
    });
    expect(title).toBe('Civic Monitor — status changes — 5 filters');
    expect(siteFeed('kk', { status: ['adopted'] }).title).toBe('Азаматтық монитор — мәртебе өзгерістері — 1 сүзгі');
  });

  it("when no filter is set, then the feed is every initiative's, with its plain title", () => {
    expect(siteFeed('kk', { sort: 'source', page: 1, pageSize: 20, lang: 'kk', status: [] })).toEqual({
      href: '/api/feed.atom?lang=kk',
      title: siteFeedTitles.kk,
    });
    expect(siteFeed('ru')).toEqual({ href: '/api/feed.atom?lang=ru', title: siteFeedTitles.ru });
  });
});
