import { expect, test } from './fixtures.ts';
import { createMonitor, expectInHeader, fetchDetail, type MonitorAccount, unfoldHeader } from './officials-helpers.ts';

const id = 'senate-council-local-bodies';
const title = 'Senate Council for Interaction with Local Representative Bodies';
let monitor: MonitorAccount;

test.describe('independent assessment', () => {
  test.beforeAll(() => {
    monitor = createMonitor();
  });

  test('when a monitor rates a completed initiative limited, then the public sees both, the disagreement, the filter and the chart count it', async ({
    page,
  }) => {
    expect((await fetchDetail(page, id)).status).toBe('completed');

    await page.goto(`/initiatives/${id}?lang=en`);
    await unfoldHeader(page);
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Username').fill(monitor.username);
    await page.getByLabel('Password').fill(monitor.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(new RegExp(`/initiatives/${id}`));
    await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0);

    const form = page.getByRole('region', { name: 'Record an independent assessment' });
    await form.getByLabel('Rating').selectOption('limited');
    await form.getByLabel('Rationale').fill('The council met once in a year; no decision of it has been published.');
    await form.getByLabel('Evidence links').fill('https://example.kz/council-minutes');
    await form.getByRole('button', { name: 'Record assessment' }).click();
    await expect(form.getByRole('status')).toHaveText('Assessment recorded.');

    await unfoldHeader(page);
    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
    await expectInHeader(page, page.getByRole('banner').getByRole('link', { name: 'Log in' }));
    await page.reload();

    const sideBySide = page.getByRole('region', { name: /Official and independent/ });
    await expect(sideBySide.getByText('In disagreement')).toBeVisible();
    const official = sideBySide.locator('[data-side="official"]');
    const independent = sideBySide.locator('[data-side="independent"]');
    await expect(official.getByText('Completed', { exact: true })).toBeVisible();
    await expect(independent.getByText('Limited', { exact: true })).toBeVisible();
    await expect(independent).toContainText(`${monitor.organisation} (${monitor.displayName})`);
    await expect(independent.getByRole('link', { name: 'https://example.kz/council-minutes' })).toBeVisible();
    const record = page.getByRole('region', { name: 'Independent assessment record' });
    await expect(record.getByRole('listitem').filter({ hasText: 'no decision of it has been published' })).toHaveCount(
      1,
    );

    await page.goto('/initiatives?lang=en');
    await page.getByLabel('Independent assessment').selectOption('disagree');
    await expect(page).toHaveURL(/assessment=disagree/);
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: title })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel('Independent assessment')).toHaveValue('disagree');
    await expect(page.getByRole('table').getByRole('link', { name: title })).toBeVisible();

    await page.goto('/?lang=en');
    await expect(page.locator('[data-kpi="disagreement"]')).toHaveText('1');
    const chart = page.getByRole('region', { name: 'Official vs independent rating' });
    await chart.getByText('Data table').click();
    const completeRow = chart
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Complete' }) });
    const headers = await chart.getByRole('table').getByRole('columnheader').allTextContents();
    const cells = await completeRow.getByRole('cell').allTextContents();
    expect(cells[headers.indexOf('Limited') - 1]).toBe('1');
  });
});
