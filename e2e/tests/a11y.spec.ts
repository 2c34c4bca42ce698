import { expect, expectLogged404, expectNoAxeViolations, languages, test } from './fixtures.ts';

const pages = [
  { name: 'overview', path: '/', ready: 'svg.recharts-surface' },
  { name: 'initiatives', path: '/initiatives', ready: 'table' },
  { name: 'initiatives, filtered to nothing', path: '/initiatives?q=zzzz-none', ready: '.state-empty' },
  { name: 'initiative (legislation)', path: '/initiatives/local-government-law-amendments', ready: 'blockquote' },
  { name: 'initiative with children', path: '/initiatives/new-engagement-formats', ready: '.child-list' },
  { name: 'source', path: '/sources/senate-aktobe-maslikhat', ready: 'mark' },
  { name: 'sources', path: '/sources', ready: '.sources-list' },
  { name: 'login', path: '/login', ready: 'main form' },
  { name: 'attention (asks to log in)', path: '/attention', ready: 'main .card' },
  { name: 'monitor (asks to log in)', path: '/monitor', ready: 'main .card' },
  { name: 'not found', path: '/no-such-page', ready: 'h1', status: 404 },
];

for (const lang of languages) {
  for (const target of pages) {
    test(`when the ${target.name} page is shown in ${lang}, then axe finds no WCAG 2.2 AA violation`, async ({
      page,
      consoleErrors,
    }) => {
      const separator = target.path.includes('?') ? '&' : '?';
      const response = await page.goto(`${target.path}${separator}lang=${lang}`);
      expect(response?.status()).toBe(target.status ?? 200);
      if (target.status === 404) expectLogged404(consoleErrors, target.path);
      await expect(page.locator(target.ready).first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Open every data table so that they are checked too.
      for (const details of await page.locator('details').all()) await details.locator(':scope > summary').click();
      await expectNoAxeViolations(page);
    });
  }
}

test('when a keyboard user starts on a page, then the skip link comes first and lands on the main content', async ({
  page,
}) => {
  await page.goto('/initiatives?lang=en');
  await expect(page.getByRole('table')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
});

test('when a keyboard user filters the table, then checkboxes and links work without a mouse', async ({ page }) => {
  await page.goto('/initiatives?lang=en');
  const checkbox = page.getByRole('checkbox', { name: 'Completed' });
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/status=completed/);
  const link = page.getByRole('table').getByRole('link').first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/initiatives\/[a-z0-9-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
