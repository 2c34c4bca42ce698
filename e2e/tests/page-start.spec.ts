import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The server paints the overview's and the list's heading and lead inside #root before the scripts run
// (apps/api/src/http/page-starts.ts); React's first render then replaces them with the same markup.
const starts = [
  { address: '/initiatives', lang: 'ru', heading: 'Инициативы', lead: /^Все инициативы с фильтрами\./ },
  { address: '/initiatives?lang=kk', lang: 'kk', heading: 'Бастамалар', lead: /^Сүзгілері бар барлық бастамалар\./ },
  { address: '/?lang=en', lang: 'en', heading: 'Overview', lead: /^A summary of every initiative/ },
] as const;

test.describe('a page opened without its scripts', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  for (const { address, lang, heading, lead } of starts) {
    test(`when ${address} is opened, then its heading and lead show in its language`, async ({ page }) => {
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('main .lead')).toHaveText(lead);
    });
  }
});

/** The layout shifts the page records from its start (buffered), summed. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );
}

test.describe('the app replacing the painted start', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { address, heading } of starts) {
    test(`when ${address} loads on a phone, then the page renders and nothing moves`, async ({ page }) => {
      await page.goto(address);
      // The app's own header (its menu button) and the page's content show that React has rendered.
      await expect(page.locator('.menu-button')).toBeVisible();
      if (address.startsWith('/initiatives')) await expect(page.locator('.initiative-card').first()).toBeVisible();
      else await expect(page.locator('.kpi-value').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await layoutShift(page)).toBe(0);
    });
  }
});
