import { sortFields } from '@civic/shared/vocabulary';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n, uiLanguages } from '../../../lib/i18n.ts';

import { filtersFromSearch } from '../filters-url.ts';
import { SortSelect } from './sort-select.tsx';

const everySort = sortFields.flatMap((field) => [field, `-${field}`]);

describe('SortSelect', () => {
  afterEach(cleanup);

  it.each(uiLanguages)(
    'when the address gives any sort the API accepts, then the menu shows it chosen, named in words (%s)',
    async (lang) => {
      await initI18n(`?lang=${lang}`);
      const names = new Set<string>();
      for (const sort of everySort) {
        const fromAddress = filtersFromSearch(new URLSearchParams({ sort })).sort;
        expect(fromAddress).toBe(sort);
        render(<SortSelect sort={fromAddress} onSort={() => undefined} />);
        const menu = screen.getByRole('combobox');
        expect(menu).toHaveValue(sort);
        const chosen = (menu as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
        expect(chosen).not.toMatch(/initiatives\.|[a-z][A-Z]|^-?source$/);
        names.add(chosen);
        cleanup();
      }
      expect(names.size).toBe(everySort.length);
    },
  );
});
