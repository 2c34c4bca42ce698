import { languages, unfilteredListRequest } from '@civic/shared/vocabulary';
import { describe, expect, it } from 'vitest';
import { toSearch } from '../../lib/api-client.ts';
import { activeFilterCount, defaultFilters, filtersFromSearch, filtersToSearch, toApiParams } from './filters-url.ts';

describe('filters in the address', () => {
  it('when filters are written and read back, then they come back the same', () => {
    const filters = {
      ...defaultFilters,
      status: ['proposed' as const, 'under_review' as const],
      kind: ['practice' as const],
      owner: ['aktobe-maslikhat'],
      region: ['KZ-15', 'KZ'],
      q: 'маслихат',
      overdue: true,
      sort: '-progress',
      page: 2,
    };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });

  it('when the filters are the defaults, then the address stays clean', () => {
    expect(filtersToSearch(defaultFilters).toString()).toBe('');
  });

  it('when other parameters such as lang are present, then writing filters keeps them', () => {
    const params = filtersToSearch({ ...defaultFilters, kind: ['legislation'] }, new URLSearchParams('lang=en&page=3'));
    expect(params.get('lang')).toBe('en');
    expect(params.get('kind')).toBe('legislation');
    expect(params.has('page')).toBe(false);
  });

  it('when the address holds unknown values, then they are dropped and the rest still applies', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'status=proposed,bogus&status=completed&kind=nope&owner=Bad Slug&region=KZ-XYZ&sort=secret&page=-4',
      ),
    );
    expect(filters.region).toEqual([]);
    expect(filters.status).toEqual(['proposed', 'completed']);
    expect(filters.kind).toEqual([]);
    expect(filters.owner).toEqual([]);
    expect(filters.sort).toBe('source');
    expect(filters.page).toBe(1);
  });

  it('when an old link names a region by its former letter code, then it reads, asks and writes the numeric code', () => {
    const filters = filtersFromSearch(new URLSearchParams('region=KZ-AKT,kz-15&region=kz-zap'));
    expect(filters.region).toEqual(['KZ-15', 'KZ-27']);
    expect(toApiParams(filters, 'ru').region).toEqual(['KZ-15', 'KZ-27']);
    expect(filtersToSearch(filters).get('region')).toBe('KZ-15,KZ-27');
    expect(activeFilterCount(filters)).toBe(2);
  });

  it('when filters become API parameters, then empty ones are left out and lists become comma lists', () => {
    const params = toApiParams({ ...defaultFilters, status: ['proposed', 'completed'] }, 'kk');
    expect(params).toMatchObject({ status: ['proposed', 'completed'], sort: 'source', page: 1, lang: 'kk' });
    expect(params.q).toBeUndefined();
    expect(params.overdue).toBeUndefined();
  });

  it('when filters are chosen, then the count on the filters button names each choice once, and the sort is not one', () => {
    expect(activeFilterCount(defaultFilters)).toBe(0);
    expect(activeFilterCount({ ...defaultFilters, sort: '-title', page: 3 })).toBe(0);
    const chosen = filtersFromSearch(
      new URLSearchParams('status=proposed,under_review&kind=practice&q=маслихат&overdue=true&assessment=disagree'),
    );
    expect(activeFilterCount(chosen)).toBe(6);
  });
});

describe('the list request the server preloads', () => {
  it.each(languages)(
    'when the list opens with no filter in %s, then its request is exactly the one the server preloads, so the browser reuses it',
    (lang) => {
      // request() asks `/api${path}${toSearch(params)}`, the path being /initiatives (get-initiatives.ts).
      const asked = `/api/initiatives${toSearch(toApiParams(filtersFromSearch(new URLSearchParams(`lang=${lang}`)), lang))}`;
      expect(asked).toBe(unfilteredListRequest(lang));
    },
  );
});
