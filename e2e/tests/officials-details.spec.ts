import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { fetchDetail, logInThroughForm } from './officials-helpers.ts';
import { official } from './officials-setup.ts';

test.describe('officials edit details', () => {
  test('when an official corrects the English title and the region, then the page shows them and the history names each field from → to', async ({
    page,
  }) => {
    const id = 'maslikhat-secretary-status';
    const before = await fetchDetail(page, id);
    const newTitle = 'Stronger status for the maslikhat secretary';

    await page.goto(`/initiatives/${id}?lang=en`);
    await expect(page.getByRole('region', { name: 'Edit details' })).toHaveCount(0);
    await logInThroughForm(page);
    const form = page.getByRole('region', { name: 'Edit details' });
    await expect(form.getByLabel('Title in Russian')).toHaveValue(before.title.ru);
    await form.getByLabel('Title in English').fill(newTitle);
    await form.getByLabel('Region code').fill('KZ-15');
    await form.getByLabel('Note').fill('The English title followed an old draft.');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form.getByRole('status')).toHaveText('The details are saved.');

    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
    const history = page.getByRole('region', { name: 'History' });
    const entry = history.getByRole('listitem').filter({ hasText: 'The English title followed an old draft.' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Description edited');
    await expect(entry).toContainText(`Title (English): ${before.title.en} → ${newTitle}`);
    await expect(entry).toContainText('Region: KZ → KZ-15');
    await expect(entry).toContainText(official.displayName);

    const after = await fetchDetail(page, id);
    expect(after).toMatchObject({ region: 'KZ-15', version: before.version + 1, source: before.source });
    expect(after.title).toEqual({ ...before.title, en: newTitle });
  });
});
