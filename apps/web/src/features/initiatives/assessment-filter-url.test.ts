import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromSearch, filtersToSearch, hasActiveFilters, toApiParams } from './filters-url.ts';

describe('the independent-assessment filter in the address', () => {
  it.each(['assessed', 'not_assessed', 'disagree'] as const)(
    'when %s is chosen, then the link keeps it and the API gets it',
    (value) => {
      const filters = { ...defaultFilters, assessment: value };
      const search = filtersToSearch(filters);
      expect(search.get('assessment')).toBe(value);
      expect(filtersFromSearch(search)).toEqual(filters);
      expect(toApiParams(filters, 'ru').assessment).toBe(value);
      expect(hasActiveFilters(filters)).toBe(true);
    },
  );

  it('when the address holds an unknown value, then the filter is off and the link still opens', () => {
    expect(filtersFromSearch(new URLSearchParams('assessment=maybe')).assessment).toBe('');
    expect(filtersToSearch(defaultFilters).has('assessment')).toBe(false);
  });
});
