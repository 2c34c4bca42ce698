import { expect, expectLogged404, expectNoAxeViolations, languages, test } from './fixtures.ts';
import { addressOf, pagesFor } from './pages.ts';

for (const lang of languages) {
  for (const target of pagesFor.anonymous) {
    test(`when the ${target.name} page is shown in ${lang}, then axe finds no WCAG 2.2 AA violation`, async ({
      page,
      consoleErrors,
    }) => {
      const response = await page.goto(addressOf(target, lang));
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
