import { expect, fetchInitiatives, test } from './fixtures.ts';

test.describe('source page', () => {
  test('when the source opens, then every initiative passage is highlighted verbatim and linked', async ({ page }) => {
    const { items } = await fetchInitiatives(page);
    const sourced = items.filter((item) => item.source?.documentId === 'senate-aktobe-maslikhat');
    expect(sourced.length).toBeGreaterThan(5);
    await page.goto('/sources/senate-aktobe-maslikhat?lang=en');
    const article = page.getByRole('region', { name: 'Text of the press release' });
    for (const item of sourced) {
      const pieces = article.locator(`mark[data-passages~="${item.id}"]`);
      await expect(pieces.first()).toBeVisible();
      expect((await pieces.allTextContents()).join(''), item.id).toBe(item.source?.quote);
      await expect(article.locator(`#passage-${item.id}`)).toHaveCount(1);
      await expect(
        article.getByRole('link', { name: new RegExp(`: ${escapeRegExp(item.title.en)}$`) }),
      ).toHaveAttribute('href', `/initiatives/${item.id}`);
    }
  });

  test('when a passage is deep-linked, then it is marked and scrolled into view', async ({ page }) => {
    await page.goto('/sources/senate-aktobe-maslikhat#passage-youth-social-lifts');
    const passage = page.locator('#passage-youth-social-lifts');
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
    await expect(passage).toBeFocused();
  });

  test('when the document has no date, then the page says the date is not stated', async ({ page }) => {
    await page.goto('/sources/senate-aktobe-maslikhat?lang=en');
    await expect(page.getByText('not stated in the source')).toBeVisible();
  });

  test('when a reader asks where the data comes from, then the footer names each source and the sources page lists it with what cites it', async ({
    page,
  }) => {
    const { items } = await fetchInitiatives(page);
    const fromArticle = items.filter((item) => item.source?.documentId === 'senate-aktobe-maslikhat').length;
    await page.goto('/?lang=en');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Data from 1 source:');
    await footer.getByRole('link', { name: 'All sources' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first();
    await expect(entry).toContainText('Initiatives from it');
    await expect(entry.locator('dd').nth(2)).toHaveText(String(fromArticle));
    await expect(entry).toContainText('not stated in the source');
    await entry.getByRole('heading', { level: 2 }).getByRole('link').click();
    await expect(page).toHaveURL(/\/sources\/senate-aktobe-maslikhat$/);
    await expect(page.getByRole('region', { name: 'Text of the press release' })).toBeVisible();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
