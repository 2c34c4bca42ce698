import { parse } from 'csv-parse/sync';
import { expect, languages, test } from './fixtures.ts';

test.describe('one set of labels', () => {
  for (const lang of languages) {
    test(`when the list is shown in ${lang}, then every status reads as the CSV export writes it`, async ({ page }) => {
      await page.goto(`/initiatives?lang=${lang}&pageSize=100`);
      const rows = page.getByRole('table').locator('tbody tr');
      await expect(rows.first()).toBeVisible();
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.querySelector('th a')?.getAttribute('href')?.split('/').pop() ?? '',
          status: tr.querySelector('.status-badge')?.textContent?.trim() ?? '',
        })),
      );

      const response = await page.request.get(`/api/export/initiatives.csv?lang=${lang}`);
      expect(response.ok()).toBe(true);
      const csv = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
      const written = new Map(csv.map((row) => [row.id, row.status_label]));
      expect(shown.length).toBe(csv.length);
      for (const row of shown) expect(row.status, row.id).toBe(written.get(row.id));
    });
  }

  test('when an initiative page shows its status, then its Atom feed names the same status', async ({ page }) => {
    const id = 'senate-council-local-bodies';
    await page.goto(`/initiatives/${id}?lang=ru`);
    const status = (await page.locator('.initiative-header .status-badge').first().textContent())?.trim() ?? '';
    expect(status).not.toBe('');
    const feed = await (await page.request.get(`/api/initiatives/${id}/feed.atom`)).text();
    const newest = /<entry>[\s\S]*?<title[^>]*>([^<]*)<\/title>/.exec(feed)?.[1] ?? '';
    expect(newest.endsWith(` — ${status}`), newest).toBe(true);
  });
});
