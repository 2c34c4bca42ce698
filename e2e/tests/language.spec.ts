import { expect, fetchInitiatives, test } from './fixtures.ts';
import { unfoldHeader } from './officials-helpers.ts';

test.describe('languages', () => {
  test('when the language is switched, then the UI, the content and <html lang> follow, and the choice persists', async ({
    page,
  }) => {
    const { items } = await fetchInitiatives(page);
    const first = items[0];
    await page.goto('/initiatives');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Инициативы');
    await expect(page.getByRole('rowheader').first()).toHaveText(first?.title.ru ?? '');

    await unfoldHeader(page);
    await page.getByLabel('Язык').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Initiatives');
    await unfoldHeader(page);
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Overview');
    await expect(page.getByRole('rowheader').first()).toHaveText(first?.title.en ?? '');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Initiatives');

    await unfoldHeader(page);
    await page.getByLabel('Language').selectOption('kk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бастамалар');
    await expect(page.getByRole('rowheader').first()).toHaveText(first?.title.kk ?? '');
  });

  test('when an initiative is read in Kazakh, then its summary is Kazakh, and dates read in Kazakh', async ({
    page,
  }) => {
    const { items } = await fetchInitiatives(page);
    // Every seeded initiative has a Kazakh summary; where one is missing (an import in Russian only), the
    // Russian text shows marked lang="ru" (components/localized-text.test.tsx).
    expect(items.filter((item) => !item.summary.kk).map((item) => item.id)).toEqual([]);
    const item = items[0];
    await page.goto(`/initiatives/${item?.id}?lang=kk`);
    const summary = page.getByRole('region', { name: 'Қысқаша мазмұны' });
    await expect(summary).toContainText(item?.summary.kk ?? '');
    await expect(summary.locator('[lang="ru"]')).toHaveCount(0);
    // Dates read in Kazakh even where the browser's ICU has no Kazakh month names.
    await expect(page.getByRole('main')).not.toContainText(/\d{4} M\d{1,2}\b/);
    // A fresh install has verified nothing, so the date to read is the history entry's.
    await expect(page.getByRole('main')).toContainText(/\d{4} ж\. \d{1,2} [а-яәіңғүұқөһ]+/);
  });

  test('when ?lang= is in the address, then it sets the language', async ({ page }) => {
    await page.goto('/?lang=kk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Шолу');
  });
});
