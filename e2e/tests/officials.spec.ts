import { expect, expectNoAxeViolations, fetchStats, test } from './fixtures.ts';
import {
  dropExpectedRefusals,
  expectInHeader,
  fetchDetail,
  logInThroughForm,
  unfoldHeader,
} from './officials-helpers.ts';
import { official, officialPassword } from './officials-setup.ts';

test.describe('officials', () => {
  test('when an official records a change with evidence, then the public sees the status, progress, history and figures', async ({
    page,
  }) => {
    const id = 'public-council-independence';
    const before = await fetchDetail(page, id);
    const statsBefore = await fetchStats(page);
    expect(before.status).toBe('proposed');

    await page.goto(`/initiatives/${id}?lang=en`);
    await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0);
    await logInThroughForm(page);
    await expect(page).toHaveURL(new RegExp(`/initiatives/${id}`));
    await expectInHeader(page, page.getByRole('banner').getByText(official.displayName));

    const form = page.getByRole('region', { name: 'Update status' });
    await form.getByLabel('Status').selectOption('in_progress');
    await form.getByLabel('Progress, %').fill('40');
    await form.getByLabel('Note').fill('The public council adopted its new charter.');
    await form.getByLabel('Evidence link').fill('https://example.kz/charter');
    await form.getByRole('button', { name: 'Save change' }).click();
    await expect(form.getByRole('status')).toHaveText('The change is saved.');

    await unfoldHeader(page);
    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
    await expectInHeader(page, page.getByRole('banner').getByRole('link', { name: 'Log in' }));
    await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0);

    await page.reload();
    const header = page.locator('.initiative-header');
    await expect(header.getByText('In progress')).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Progress: 40%' }).first()).toBeVisible();
    const history = page.getByRole('region', { name: 'History' });
    const entry = history.getByRole('listitem').filter({ hasText: 'The public council adopted its new charter.' });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText('In progress')).toBeVisible();
    await expect(entry).toContainText(official.displayName);
    await expect(entry.getByRole('link', { name: 'Evidence' })).toHaveAttribute('href', 'https://example.kz/charter');

    const statsAfter = await fetchStats(page);
    expect(statsAfter.byStatus.in_progress ?? 0).toBe((statsBefore.byStatus.in_progress ?? 0) + 1);
    expect(statsAfter.byStatus.proposed ?? 0).toBe((statsBefore.byStatus.proposed ?? 0) - 1);
    await page.goto('/?lang=en');
    const figures = page.getByRole('list', { name: 'Key figures' });
    await expect(figures.getByRole('listitem').filter({ hasText: 'In progress' }).locator('.kpi-value')).toHaveText(
      String(statsAfter.byStatus.in_progress ?? 0),
    );
  });

  test('when a note holds markup, then it is shown as text and nothing runs', async ({ page }) => {
    const id = 'council-two-way-link';
    const payload = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(`/initiatives/${id}?lang=en`);
    await logInThroughForm(page);
    const form = page.getByRole('region', { name: 'Update status' });
    await form.getByLabel('Note').fill(payload);
    const verify = form.getByRole('button', { name: 'Mark verified (no change)' });
    await verify.click();
    await expect(form.getByRole('status')).toHaveText('Marked as verified.');
    // Focus stays where the official acted, not at the top of the page.
    await expect(verify).toBeFocused();

    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByText(payload, { exact: true })).toBeVisible();
    await page.reload();
    await expect(history.getByText(payload, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('when someone else saved first, then the form says so and reloads the fresh version', async ({
    page,
    consoleErrors,
  }) => {
    const id = 'social-media-outreach';
    await page.goto(`/initiatives/${id}?lang=en`);
    await logInThroughForm(page);
    const form = page.getByRole('region', { name: 'Update status' });
    await expect(form.getByLabel('Progress, %')).toHaveValue('0');

    // Another official's change lands while this form is open.
    const opened = await fetchDetail(page, id);
    const other = await page.request.patch(`/api/initiatives/${id}`, {
      data: { version: opened.version, progress: 30, note: 'Accounts opened in two networks.' },
    });
    expect(other.status()).toBe(200);

    await form.getByLabel('Status').selectOption('stalled');
    await form.getByLabel('Note').fill('No posts for a month.');
    await form.getByRole('button', { name: 'Save change' }).click();
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('Someone changed this initiative since you opened it.');
    await expect(alert).toContainText('30%');
    await alert.getByRole('button', { name: 'Reload the current version' }).click();
    await expect(form.getByRole('alert')).toHaveCount(0);
    await expect(form.getByLabel('Progress, %')).toHaveValue('30');
    await expect(form.getByLabel('Status')).toHaveValue('proposed');
    await expect(form.getByLabel('Note')).toHaveValue('No posts for a month.');

    await form.getByLabel('Status').selectOption('stalled');
    await form.getByRole('button', { name: 'Save change' }).click();
    await expect(form.getByRole('status')).toHaveText('The change is saved.');
    expect((await fetchDetail(page, id)).status).toBe('stalled');
    dropExpectedRefusals(consoleErrors, [409]);
  });

  test('when the form is sent with mistakes, then each field shows its error and nothing is saved', async ({
    page,
  }) => {
    const id = 'youth-social-lifts';
    const before = await fetchDetail(page, id);
    await page.goto(`/initiatives/${id}?lang=en`);
    await logInThroughForm(page);
    const form = page.getByRole('region', { name: 'Update status' });
    await form.getByLabel('Progress, %').fill('140');
    await form.getByLabel('Evidence link').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save change' }).click();

    const note = form.getByLabel('Note');
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expect(note).toHaveAccessibleDescription(/Write a note/);
    await expect(form.getByLabel('Progress, %')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Progress, %')).toHaveAccessibleDescription(/Enter a whole number from 0 to 100/);
    await expect(form.getByLabel('Evidence link')).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
    await expect(form.getByLabel('Progress, %')).toBeFocused();
    expect((await fetchDetail(page, id)).version).toBe(before.version);
  });

  test('when an official adds, edits and completes a milestone, then the public list shows it', async ({ page }) => {
    const id = 'off-site-public-sessions';
    await page.goto(`/initiatives/${id}?lang=en`);
    await logInThroughForm(page);
    const editor = page.getByRole('region', { name: 'Edit milestones' });
    await editor.getByRole('button', { name: 'Add milestone' }).click();
    await expect(editor.getByText('Enter the milestone title.')).toBeVisible();
    await editor.getByLabel('Milestone title').fill('First off-site session');
    await editor.getByLabel('Milestone due date').fill('2027-03-01');
    await editor.getByRole('button', { name: 'Add milestone' }).click();

    const list = page.getByRole('region', { name: 'Milestones', exact: true });
    await expect(list.getByText('First off-site session')).toBeVisible();
    await expect(list.getByText('Due 1 Mar 2027')).toBeVisible();

    const row = editor.getByRole('group', { name: 'First off-site session' });
    await row.getByLabel('Milestone title').fill('First off-site session in Khromtau');
    await row.getByRole('button', { name: 'Save milestone' }).click();
    await expect(list.getByText('First off-site session in Khromtau')).toBeVisible();
    const renamed = editor.getByRole('group', { name: 'First off-site session in Khromtau' });
    // The real day it was done, not the click: an earlier date than today's default.
    await renamed.getByLabel('Completed on').fill('2025-01-15');
    await renamed.getByRole('button', { name: 'Mark complete' }).click();
    await expect(list.getByText('Completed 15 Jan 2025')).toBeVisible();
    // The history names what happened to the milestone, not a status change.
    const history = page.getByRole('region', { name: 'History' });
    const completedEntry = history.locator('.timeline-item').filter({ hasText: 'First off-site session in Khromtau' });
    await expect(completedEntry.first().locator('.timeline-kind')).toHaveText('Milestone completed');
    await expect(completedEntry.first()).toContainText('Milestone completed on: — → 15 Jan 2025');

    // Each milestone edit is a new version of the initiative; the form follows it rather than conflicting.
    const form = page.getByRole('region', { name: 'Update status' });
    await form.getByLabel('Status').selectOption('in_progress');
    await form.getByLabel('Note').fill('The first session took place.');
    await form.getByRole('button', { name: 'Save change' }).click();
    await expect(form.getByRole('status')).toHaveText('The change is saved.');
  });

  test('when a visitor opens the attention page, then it asks to log in; an official sees overdue initiatives', async ({
    page,
  }) => {
    await page.goto('/attention?lang=en');
    await expect(page.getByText('This page is for officials. Log in to see it.')).toBeVisible();
    // A visitor is not offered what only officials may do.
    const spreadsheetLink = page.getByRole('main').getByRole('link', { name: /spreadsheet/i });
    await expect(spreadsheetLink).toHaveCount(0);
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Fattention/);
    await page.getByLabel('Username').fill(official.username);
    await page.getByLabel('Password').fill(officialPassword());
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/attention$/);
    await expect(spreadsheetLink).toBeVisible();

    const id = 'youth-in-cultural-centres';
    const detail = await fetchDetail(page, id);
    const past = await page.request.patch(`/api/initiatives/${id}`, {
      data: { version: detail.version, targetDate: '2020-01-31', note: 'The agreed date has passed.' },
    });
    expect(past.status()).toBe(200);
    await page.reload();
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    const item = overdue.getByRole('listitem').filter({ hasText: detail.title.en });
    await expect(item).toContainText('Target date: 31 Jan 2020');
    await item.getByRole('link', { name: detail.title.en }).click();
    await expect(page).toHaveURL(new RegExp(`/initiatives/${id}$`));
  });

  test('when the password is wrong, then the form says so in place; after repeated failures it says how long to wait', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/login?lang=en');
    await page.getByLabel('Username').fill('e2e-nobody');
    await page.getByLabel('Password').fill('not-the-password');
    const submit = page.getByRole('main').getByRole('button', { name: 'Log in' });
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
    for (let attempt = 0; attempt < 5; attempt += 1) await submit.click();
    await expect(page.getByRole('alert')).toHaveText(/^Too many failed attempts\. Try again in \d+ min\.$/);
    dropExpectedRefusals(consoleErrors, [401, 429]);
  });
});

test.describe('officials pages pass axe', () => {
  for (const lang of ['ru', 'en'] as const) {
    test(`when the login, initiative form and attention pages are shown in ${lang}, then axe finds no violation`, async ({
      page,
    }) => {
      await page.goto(`/login?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/initiatives/local-government-law-amendments?lang=${lang}`);
      await logInThroughForm(page, lang);
      await expect(page.locator('form.official-form').first()).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/attention?lang=${lang}`);
      await expect(page.locator('.attention-grid')).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});
