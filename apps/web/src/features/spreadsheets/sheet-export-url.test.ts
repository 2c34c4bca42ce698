import { describe, expect, it } from 'vitest';
import { listFiltersOf, sheetExportUrl } from './sheet-export-url.ts';

describe('sheet export address', () => {
  it("when the page's address carries the list's filters, then the export keeps them and drops paging and language", () => {
    const filters = listFiltersOf('?status=in_progress,adopted&q=маслихат&page=3&pageSize=20&lang=en&owner=');
    expect(filters).toEqual([
      ['status', 'in_progress,adopted'],
      ['q', 'маслихат'],
    ]);
    expect(sheetExportUrl(filters, 'kk')).toBe(
      '/api/export/initiatives.xlsx?status=in_progress%2Cadopted&q=%D0%BC%D0%B0%D1%81%D0%BB%D0%B8%D1%85%D0%B0%D1%82&lang=kk',
    );
  });

  it('when the address carries a parameter the export does not declare, then it is left out rather than refused by the API', () => {
    expect(listFiltersOf('?utm_source=mail&kind=law&sep=;&case=1')).toEqual([['kind', 'law']]);
  });

  it('when there are no filters, then the export is of every initiative', () => {
    expect(sheetExportUrl(listFiltersOf(''), 'ru')).toBe('/api/export/initiatives.xlsx?lang=ru');
  });
});
