import AxeBuilder from '@axe-core/playwright';
import type { Initiative, Stats } from '@civic/shared';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every test fails if the page logged an error or threw. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} @ ${message.location().url}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Takes the one console error the browser logs for a 404 it was meant to get (the page's own
 * document, or an API answer), so that the fixture still fails on any other error.
 */
export function expectLogged404(consoleErrors: string[], path: string) {
  const index = consoleErrors.findIndex((line) => line.includes('404') && line.includes(path));
  expect(index, `a 404 for ${path} in ${JSON.stringify(consoleErrors)}`).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(index, 1);
}

export const languages = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof languages)[number];

/** WCAG 2.2 A and AA rules (2.2 adds the 24 px target size); the result lists each violation with its nodes to make failures readable. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(violations).toEqual([]);
}

export async function fetchStats(page: Page): Promise<Stats> {
  const response = await page.request.get('/api/stats');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Stats;
}

export async function fetchInitiatives(page: Page, query = ''): Promise<{ items: Initiative[]; total: number }> {
  const response = await page.request.get(`/api/initiatives?pageSize=100${query ? `&${query}` : ''}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { items: Initiative[]; total: number };
}

export function intlLocale(lang: Lang): string {
  return { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' }[lang];
}

/** The overview draws a chart when the reader comes near it: scrolls to the chart card and waits for its drawing. */
export async function scrollToChart(card: Locator, drawn = 'svg.recharts-surface'): Promise<void> {
  // A card whose data is still loading is replaced by the real one: scroll again until the drawing shows.
  await expect(async () => {
    await card.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(card.locator(drawn).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Scrolls down the overview past every chart frame, each drawing as it comes near, then back to the top. */
export async function drawAllCharts(page: Page): Promise<void> {
  const frames = page.locator('.chart-frame');
  await expect(frames.first()).toBeVisible({ timeout: 20_000 });
  for (const frame of await frames.all()) await scrollToChart(frame, '.recharts-wrapper');
  await expect(page.locator('.chart-frame:not(:has(.recharts-wrapper))')).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
