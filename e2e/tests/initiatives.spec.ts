import { expect, fetchInitiatives, test } from './fixtures.ts';

test.describe('initiatives table', () => {
  test('when a kind filter is chosen, then the table narrows and the address records it', async ({ page }) => {
    const all = await fetchInitiatives(page);
    const practices = await fetchInitiatives(page, 'kind=practice');
    expect(practices.total).toBeGreaterThan(0);
    expect(practices.total).toBeLessThan(all.total);

    await page.goto('/initiatives?lang=en');
    const table = page.getByRole('table', { name: 'Initiatives' });
    await expect(table.getByRole('row')).toHaveCount(all.total + 1);

    await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Practice' }).click();
    await expect(page).toHaveURL(/[?&]kind=practice(&|$)/);
    await expect(table.getByRole('row')).toHaveCount(practices.total + 1);
    for (const item of practices.items) {
      await expect(table.getByRole('rowheader', { name: item.title.en })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: `${practices.total} initiatives found` })).toBeVisible();
  });

  test('when a filtered address is opened afresh, then the filters and rows come back', async ({ page, browser }) => {
    const expected = await fetchInitiatives(page, 'status=under_review&sort=-title&lang=en');
    await page.goto('/initiatives?lang=en');
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Under review' }).click();
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await expect(page).toHaveURL(/sort=-title/);
    const url = page.url();

    const fresh = await browser.newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole('checkbox', { name: 'Under review' })).toBeChecked();
    await expect(fresh.getByRole('columnheader', { name: 'Title', exact: true })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const headers = fresh.getByRole('table', { name: 'Initiatives' }).getByRole('rowheader');
    await expect(headers).toHaveText(expected.items.map((item) => item.title.en));
    await fresh.close();
  });

  test('when the back button is pressed after filtering, then the previous filter state returns', async ({ page }) => {
    const all = await fetchInitiatives(page);
    await page.goto('/initiatives?lang=en');
    const table = page.getByRole('table', { name: 'Initiatives' });
    await page.getByRole('checkbox', { name: 'Legislation' }).click();
    await expect(page.getByRole('checkbox', { name: 'Legislation' })).toBeChecked();
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.getByRole('checkbox', { name: 'Legislation' })).not.toBeChecked();
    await expect(table.getByRole('row')).toHaveCount(all.total + 1);
  });

  test('when an owner is chosen and text is searched, then both narrow the list', async ({ page }) => {
    const expected = await fetchInitiatives(page, 'owner=aktobe-maslikhat');
    await page.goto('/initiatives?lang=en');
    await page.getByLabel('Responsible body').selectOption('aktobe-maslikhat');
    await expect(page).toHaveURL(/owner=aktobe-maslikhat/);
    const table = page.getByRole('table', { name: 'Initiatives' });
    await expect(table.getByRole('row')).toHaveCount(expected.total + 1);

    await page.getByRole('searchbox', { name: 'Search the text' }).fill('zzzz-nothing-like-this');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).not.toHaveURL(/owner=|q=/);
  });

  test('when an old shared link filters by a letter region code, then it lists the same initiatives as the numeric code', async ({
    page,
  }) => {
    const all = await fetchInitiatives(page);
    const aktobe = await fetchInitiatives(page, 'region=KZ-15&lang=en');
    expect(aktobe.total).toBeGreaterThan(0);
    expect(aktobe.total).toBeLessThan(all.total);
    await page.goto('/initiatives?lang=en&region=KZ-AKT');
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('KZ-15');
    const headers = page.getByRole('table', { name: 'Initiatives' }).getByRole('rowheader');
    await expect(headers).toHaveText(aktobe.items.map((item) => item.title.en));
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Whole country' });
    await expect(page).toHaveURL(/[?&]region=KZ(&|$)/);
    const national = await fetchInitiatives(page, 'region=KZ');
    await expect(headers).toHaveCount(national.total);
  });

  test('when the page size is small, then paging moves through the results', async ({ page }) => {
    const all = await fetchInitiatives(page);
    await page.goto('/initiatives?lang=en&pageSize=5');
    const pages = Math.ceil(all.total / 5);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await expect(pager.getByText(`Page 1 of ${pages}`)).toBeVisible();
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pager.getByText(`Page 2 of ${pages}`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Initiatives' }).getByRole('rowheader').first()).toHaveText(
      all.items[5]?.title.en ?? '',
    );
  });

  test('when a reader searches or clears the filters, then focus stays on the control they used', async ({ page }) => {
    await page.goto('/initiatives?lang=en');
    const search = page.getByRole('searchbox', { name: 'Search the text' });
    await search.fill('maslikhat');
    await search.press('Enter');
    await expect(page).toHaveURL(/q=maslikhat/);
    await expect(search).toBeFocused();

    const button = page.getByRole('button', { name: 'Search', exact: true });
    await search.fill('council');
    await button.click();
    await expect(page).toHaveURL(/q=council/);
    await expect(button).toBeFocused();

    const clear = page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Clear filters' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/q=/);
    await expect(search).toHaveValue('');
    await expect(clear).toBeFocused();
    await expect(clear).toHaveAttribute('aria-disabled', 'true');
  });

  test('when the empty list is cleared, then focus moves to the results it brought back', async ({ page }) => {
    await page.goto('/initiatives?lang=en&q=zzzz-nothing-like-this');
    const results = page.getByRole('region', { name: '0 initiatives found' });
    await results.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('heading', { name: /initiatives found$/ })).toBeFocused();
  });

  test('when the list is narrow, then filters open from a button that counts the active ones', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/initiatives?lang=en&kind=practice&overdue=true');
    const toggle = page.getByRole('button', { name: 'Filters · 2 active' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: 'Practice' })).toBeHidden();
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('checkbox', { name: 'Practice' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.getByRole('button', { name: 'Filters · 1 active' })).toBeVisible();
  });
});
