import { expect, test } from './fixtures.ts';
import { logInThroughForm } from './officials-helpers.ts';

const pageWidth = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));

test.describe('long unbroken text', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('when a milestone title is one 300-character word, then the initiative page stays within 390 px, before and after the milestone is removed', async ({
    page,
  }) => {
    const id = 'local-government-law-amendments';
    const title = `Milestone${'x'.repeat(291)}`;
    await page.goto(`/initiatives/${id}?lang=en`);
    await logInThroughForm(page);
    const editor = page.getByRole('region', { name: 'Edit milestones' });
    await editor.getByLabel('Milestone title').last().fill(title);
    await editor.getByRole('button', { name: 'Add milestone' }).click();
    const list = page.getByRole('region', { name: 'Milestones', exact: true });
    await expect(list.getByText(title)).toBeVisible();
    let width = await pageWidth(page);
    expect(width.scroll).toBeLessThanOrEqual(width.viewport);

    page.once('dialog', (dialog) => dialog.accept());
    await editor.getByRole('group', { name: title }).getByRole('button', { name: 'Remove milestone' }).click();
    await expect(list.getByText(title)).toHaveCount(0);
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByText(title).first()).toBeVisible();
    width = await pageWidth(page);
    expect(width.scroll).toBeLessThanOrEqual(width.viewport);
  });
});
