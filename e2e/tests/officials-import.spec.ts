import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { dropExpectedRefusals, fetchDetail, logInThroughForm } from './officials-helpers.ts';
import { official } from './officials-setup.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures', name), 'utf8');
const release = fixture('maslikhat-release.txt');
const kazakhRelease = fixture('maslikhat-release-kk.txt');
const tracked = 'local-government-law-amendments';
const councilTitle = 'По итогам сессии при маслихате создан совет молодых депутатов';
const groupTitle = 'При акимате области сформирована рабочая группа по мониторингу исполнения наказов избирателей';
const editedRu = 'Предложения по расширению бюджетных полномочий сельских округов';
const editedEn = 'Proposals to widen the budget powers of rural districts';

test.describe('officials import a press release', () => {
  test('when an official reviews and confirms a release, then its initiatives, passages, CSV rows and evidence are public', async ({
    page,
    consoleErrors,
  }) => {
    // One long story through five pages: give it the time of three tests.
    test.slow();
    await page.goto('/imports/new?lang=en');
    await logInThroughForm(page);
    await expect(page).toHaveURL(/\/imports\/new/);

    // A line of its own (no closing stop, so nothing is proposed from it) keeps each run's text new.
    const text = `${release}\nВыпуск ${Date.now()}`;
    await page.getByLabel('Text of the press release').fill(text);
    await page.getByLabel('Title', { exact: true }).fill('Сессия Костанайского областного маслихата');
    await page.getByLabel('Publisher').fill('Пресс-служба Костанайского областного маслихата');
    await page.getByRole('button', { name: 'Read and propose' }).click();
    await expect(page).toHaveURL(/\/imports\/[0-9a-f-]+$/);
    await expect(page.getByText(`Started by ${official.displayName}`)).toBeVisible();

    const card = (words: string) => page.getByRole('article').filter({ hasText: words });
    const council = card('совет молодых депутатов');
    const group = card('сформирована рабочая группа');
    const proposals = card('бюджетных полномочий сельских округов');
    const districts = card('рекомендации акиматам районов');
    const update = card('Update of a tracked initiative');
    await expect(update).toContainText('одобрены Мажилисом и направлены в Сенат');
    await expect(page.locator('.review-text mark.passage')).toHaveCount(5);
    await expectNoAxeViolations(page);

    await council.getByRole('button', { name: 'Accept' }).click();
    await expect(council.getByText('accepted', { exact: true })).toBeVisible();
    await group.getByRole('button', { name: 'Accept' }).click();
    await proposals.getByRole('button', { name: 'Edit' }).click();
    await proposals.getByLabel('Title in Russian').fill(editedRu);
    await proposals.getByLabel('Leave the English title for later').uncheck();
    await proposals.getByLabel('Title in English').fill(editedEn);
    await proposals.getByRole('button', { name: 'Save and accept' }).click();
    await expect(proposals.getByText('accepted', { exact: true })).toBeVisible();
    await districts.getByRole('button', { name: 'Reject' }).click();
    await expect(districts.getByText('rejected', { exact: true })).toBeVisible();
    await update.getByRole('button', { name: 'Accept' }).click();

    const confirm = page.getByRole('region', { name: 'Confirm' });
    await expect(confirm).toContainText('New initiatives: 3. Updates of tracked initiatives: 1.');
    // Another official's change to the tracked initiative lands while the review is open: nothing is written.
    const opened = await fetchDetail(page, tracked);
    const other = await page.request.patch(`/api/initiatives/${tracked}`, {
      data: { version: opened.version, targetDate: '2027-06-30', note: 'Срок рассмотрения уточнён.' },
    });
    expect(other.status()).toBe(200);
    await confirm.getByRole('button', { name: 'Confirm the import' }).click();
    const alert = confirm.getByRole('alert');
    await expect(alert).toContainText('A tracked initiative changed since you opened this import. Nothing was saved.');
    await expect(alert).toContainText(`now version ${opened.version + 1}`);
    expect((await fetchDetail(page, tracked)).legislativeStage).toBe(opened.legislativeStage);
    await alert.getByRole('button', { name: 'Reload the current version' }).click();
    await expect(confirm.getByRole('alert')).toHaveCount(0);
    dropExpectedRefusals(consoleErrors, [409]);

    await confirm.getByRole('button', { name: 'Confirm the import' }).click();
    await expect(confirm.getByRole('status')).toContainText('Saved. New initiatives: 3. Updates: 1.');

    const importUrl = page.url();
    await confirm.getByRole('link', { name: 'Open the source' }).click();
    await expect(page).toHaveURL(/\/sources\/[0-9a-f-]+/);
    const sourceUrl = page.url();
    const passages = page.getByRole('navigation', { name: 'Extracted passages' });
    for (const title of [councilTitle, groupTitle, editedEn]) {
      await expect(passages.getByRole('link', { name: title })).toBeVisible();
    }
    await expect(page.locator('mark.passage')).toHaveCount(4);
    await expect(page.locator('mark.passage').filter({ hasText: 'рекомендации акиматам районов' })).toHaveCount(0);

    // Opened again, the confirmed import shows what was proposed with no decision left to take.
    await page.goto(importUrl);
    await expect(page.getByRole('status').filter({ hasText: 'This import is confirmed' })).toBeVisible();
    await expect(page.locator('article.candidate-card').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
    await expect(page.locator('.decision-tag')).toHaveCount(0);

    await page.goto('/initiatives?lang=en');
    for (const title of [councilTitle, groupTitle, editedEn]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /акиматам районов/ })).toHaveCount(0);

    const csv = await (await page.request.get('/api/export/initiatives.csv?lang=ru')).text();
    for (const title of [councilTitle, groupTitle, editedRu]) expect(csv).toContain(title);

    await page.goto(`/initiatives/${tracked}?lang=en`);
    const history = page.getByRole('region', { name: 'History' });
    const entry = history.getByRole('listitem').filter({ hasText: 'одобрены Мажилисом и направлены в Сенат' }).first();
    await expect(entry).toContainText(official.displayName);
    const evidence = entry.getByRole('link', { name: 'Evidence in the source' });
    await expect(evidence).toHaveAttribute('href', `${new URL(sourceUrl).pathname}#passage-${tracked}`);
    await evidence.click();
    await expect(page.locator(`#passage-${tracked}`)).toContainText('одобрены Мажилисом');
  });

  test('when a Kazakh release has no rules, then the official marks passages by hand and each is kept verbatim', async ({
    page,
    consoleErrors,
  }) => {
    test.slow();
    await page.goto('/imports/new?lang=en');
    await logInThroughForm(page);
    const stamp = Date.now();
    await page.getByLabel('Text of the press release').fill(`${kazakhRelease}\nШығарылым ${stamp}`);
    await page.getByLabel('Title', { exact: true }).fill('Ақтөбе облыстық мәслихатының сессиясы');
    await page.getByLabel('Publisher').fill('Ақтөбе облыстық мәслихатының баспасөз қызметі');
    await page.getByLabel('Language of the text').selectOption('kk');
    await page.getByRole('button', { name: 'Read and propose' }).click();
    await expect(page).toHaveURL(/\/imports\/[0-9a-f-]+$/);
    await expect(page.getByRole('note')).toHaveText(
      'There are no extraction rules for this language yet: nothing was proposed. Mark the passages by hand.',
    );
    await expect(page.getByRole('article')).toHaveCount(0);

    const addForm = page.getByRole('form', { name: 'A passage the rules missed' });
    const passage = addForm.getByLabel('Passage');
    const add = addForm.getByRole('button', { name: 'Add as a new initiative' });
    await add.click();
    await expect(addForm.getByText('Select a passage in the text, or type it here.')).toBeVisible();
    await expect(passage).toBeFocused();
    await expectNoAxeViolations(page);

    // Typed from memory, one word off: the server finds no such passage and says so on its card.
    const typed = 'Депутаттар аудан әкімдіктеріне бюджеттік тыңдаулардың ашықтығы жөнінде ұсынымдар дайындайды';
    const verbatim = typed.replace('дайындайды', 'дайындады');
    await passage.fill(typed);
    await add.press('Enter');
    const recommendations = page.getByRole('article').filter({ hasText: 'бюджеттік тыңдаулардың' });
    await expect(recommendations).toBeFocused();
    await expect(recommendations.getByText('accepted', { exact: true })).toBeVisible();
    await expect(recommendations.getByLabel('Title in Russian')).toHaveValue(typed);
    await recommendations.getByLabel('Kind').selectOption('recommendation');
    await recommendations.getByLabel('Responsible body').selectOption({ label: 'Aktobe Regional Maslikhat' });
    const recommendationsId = `kk-budget-hearings-${stamp}`;
    await recommendations.getByLabel('Identifier').fill(recommendationsId);
    await recommendations.getByRole('button', { name: 'Save and accept' }).click();

    // Selected in the text itself, as an official with a mouse would.
    const council = 'мәслихат жанынан жас депутаттар кеңесі құрылды';
    await page.locator('.review-text p', { hasText: council }).evaluate((paragraph, quote) => {
      const node = paragraph.firstChild as Text;
      const start = (node.textContent ?? '').indexOf(quote);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + quote.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, council);
    await add.click();
    await expect(page.locator('.review-text mark.passage')).toHaveText(council);
    const councilCard = page.getByRole('article').filter({ hasText: council });
    await councilCard.getByLabel('Responsible body').selectOption({ label: 'Aktobe Regional Maslikhat' });
    await councilCard.getByLabel('Leave the English title for later').uncheck();
    await councilCard.getByLabel('Title in English').fill('Council of young deputies under the Aktobe maslikhat');
    const councilId = `kk-young-deputies-${stamp}`;
    await councilCard.getByLabel('Identifier').fill(councilId);
    await councilCard.getByRole('button', { name: 'Save and accept' }).click();
    await expectNoAxeViolations(page);

    const confirm = page.getByRole('region', { name: 'Confirm' });
    await expect(confirm).toContainText('New initiatives: 2. Updates of tracked initiatives: 0.');
    await confirm.getByRole('button', { name: 'Confirm the import' }).click();
    await expect(confirm.getByRole('alert')).toHaveText('Some proposals need correcting: see the marked fields.');
    await expect(
      recommendations.getByText('The passage must stand in the text word for word, exactly once.'),
    ).toBeVisible();
    dropExpectedRefusals(consoleErrors, [400]);

    await recommendations.getByLabel('Passage', { exact: true }).fill(verbatim);
    await recommendations.getByRole('button', { name: 'Save and accept' }).click();
    await confirm.getByRole('button', { name: 'Confirm the import' }).click();
    await expect(confirm.getByRole('status')).toContainText('Saved. New initiatives: 2. Updates: 0.');

    expect((await fetchDetail(page, recommendationsId)).source?.quote).toBe(verbatim);
    const created = await fetchDetail(page, councilId);
    expect(created.source?.quote).toBe(council);
    expect(created.title.en).toBe('Council of young deputies under the Aktobe maslikhat');
  });
});
