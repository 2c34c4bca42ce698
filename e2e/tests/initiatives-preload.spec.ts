import { expect, test } from './fixtures.ts';

// The server preloads the list's first page with the page itself (apps/api/src/http/page-preloads.ts):
// the browser must answer the page's own fetch from that preload, not ask the server a second time.
test.describe('the list opened from a link', () => {
  for (const [address, lang] of [
    ['/initiatives', 'ru'],
    ['/initiatives?lang=en', 'en'],
  ] as const) {
    test(`when ${address} is opened, then the list is asked for once, by the preload, and shows`, async ({ page }) => {
      const asked: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/initiatives') asked.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const preloaded = await page
        .locator('link[rel="preload"][as="fetch"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(preloaded).toEqual([
        new URL(`/api/initiatives?sort=source&page=1&pageSize=20&lang=${lang}`, page.url()).toString(),
      ]);
      // One request, to the preloaded address: the page's own fetch was answered by the preload.
      expect(asked).toEqual(preloaded);
      // Chrome warns when a preload goes unused (a different URL or credentials mode than the page's fetch).
      expect(warnings.filter((text) => text.includes('preload'))).toEqual([]);
    });
  }
});
