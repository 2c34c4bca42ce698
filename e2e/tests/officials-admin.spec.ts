import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, type Lang, languages, test } from './fixtures.ts';
import { createAdmin, dropExpectedRefusals, expectInHeader, logInAs } from './officials-helpers.ts';
import { type Account, official, officialPassword } from './officials-setup.ts';

const onlyAdmins: Record<Lang, string> = {
  ru: 'Добавлять инициативы и управлять учётными записями могут только администраторы.',
  kk: 'Бастама қосу және тіркелгілерді басқару тек әкімшілерге қолжетімді.',
  en: 'Only administrators add initiatives and manage accounts.',
};

let admin: Account;

test.beforeAll(() => {
  admin = createAdmin();
});

/** Logs in through the login form of a fresh browser context; true when the app let them in. */
async function canLogIn(browser: Browser, account: { username: string; password: string }): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.getByLabel('Username').fill(account.username);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/login')).then(() => 'in' as const),
      page
        .getByRole('alert')
        .filter({ hasText: 'Wrong username or password.' })
        .waitFor()
        .then(() => 'refused' as const),
    ]);
    if (outcome === 'in') {
      await expectInHeader(page, page.getByRole('banner').getByRole('button', { name: 'Log out' }));
    }
    return outcome === 'in';
  } finally {
    await context.close();
  }
}

async function openAdmin(page: Page, lang: Lang = 'en') {
  await page.goto(`/admin?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.admin-page .account-list')).toBeVisible();
}

test.describe('the Administration page', () => {
  test('when an admin creates an official account, then it logs in; once disabled, it no longer can', async ({
    page,
    browser,
    consoleErrors,
  }) => {
    await logInAs(page, admin);
    await openAdmin(page);
    const accounts = page.getByRole('region', { name: 'Accounts', exact: true });
    await expect(accounts.getByRole('listitem').filter({ hasText: admin.username })).toContainText('your account');

    const form = page.getByRole('region', { name: 'New account' });
    const username = form.getByLabel('Username');
    const password = form.getByLabel('Initial password');
    const made = {
      username: `e2e-made-${randomBytes(4).toString('hex')}`,
      displayName: 'Марат Искаков',
      password: randomBytes(12).toString('base64url'),
    };

    // Bad input: a short password is named on its field, and nothing is sent.
    await username.fill(made.username);
    await form.getByLabel('Name shown in public').fill(made.displayName);
    await expect(form.getByLabel('Role')).toHaveValue('official');
    await password.fill('short');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/The password needs at least 12 characters\./);
    await expect(username).not.toHaveAttribute('aria-invalid', 'true');

    // A username that is taken: the server refuses it (409), and the form says so on the username.
    await username.fill(official.username);
    await password.fill(made.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAccessibleDescription(/This username is taken\./);
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    dropExpectedRefusals(consoleErrors, [409]);

    await username.fill(made.username);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByRole('status')).toContainText(`Account created for ${made.displayName}.`);
    await expect(username).toHaveValue('');
    const row = accounts.getByRole('listitem').filter({ hasText: made.username });
    await expect(row).toContainText(`${made.displayName} ${made.username} · Official`);

    expect(await canLogIn(browser, made)).toBe(true);

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain(`Disable the account of ${made.displayName}?`);
      void dialog.accept();
    });
    await row.getByRole('button', { name: `Disable: ${made.displayName}`, exact: true }).click();
    await expect(row).toContainText('disabled');
    await expect(row.getByRole('button')).toHaveCount(0);

    expect(await canLogIn(browser, made)).toBe(false);
  });

  test('when an admin adds an initiative from a sentence of a source, then its page quotes that sentence verbatim and the list shows it', async ({
    page,
    consoleErrors,
  }) => {
    await logInAs(page, admin);
    await openAdmin(page);
    const form = page.getByRole('region', { name: 'New initiative' });
    const id = form.getByLabel('Identifier');
    const stamp = randomBytes(3).toString('hex');
    const title = { ru: `Совет молодых депутатов ${stamp}`, en: `Council of young deputies ${stamp}` };

    // Nothing filled in: each required field says what it needs.
    await form.getByRole('button', { name: 'Add initiative' }).click();
    await expect(id).toHaveAccessibleDescription(/Enter an identifier of lowercase latin letters/);
    await expect(form.getByLabel('Title in English')).toHaveAccessibleDescription(/Enter the title in English\./);
    await expect(form.getByLabel('Source document')).toHaveAccessibleDescription(/Choose a source document\./);

    await id.fill('local-government-law-amendments');
    await form.getByLabel('Title in Russian').fill(title.ru);
    await form.getByLabel('Title in English').fill(title.en);
    await form.getByLabel('Summary in Russian').fill('Совет при маслихате объединит молодых депутатов области.');
    await form.getByLabel('Summary in English').fill('A council at the maslikhat brings the young deputies together.');
    await form.getByLabel('Responsible body').selectOption({ label: 'Aktobe Regional Maslikhat' });
    await form.getByLabel('Source document').selectOption('senate-aktobe-maslikhat');
    const sentence = form.getByLabel('Sentence of the source it quotes');
    await expect(sentence).toBeEnabled();
    const quote = (await sentence.locator('option').nth(2).getAttribute('value')) ?? '';
    expect(quote.length).toBeGreaterThan(20);
    await sentence.selectOption(quote);
    await expect(form.locator('blockquote')).toHaveText(quote);

    // An identifier already taken: the server refuses it (409), and the form says so on the identifier.
    await form.getByRole('button', { name: 'Add initiative' }).click();
    await expect(id).toHaveAttribute('aria-invalid', 'true');
    await expect(id).toHaveAccessibleDescription(/An initiative with this identifier already exists\./);
    dropExpectedRefusals(consoleErrors, [409]);

    const newId = `e2e-young-deputies-${stamp}`;
    await id.fill(newId);
    await form.getByRole('button', { name: 'Add initiative' }).click();
    const added = form.getByRole('status');
    await expect(added).toContainText('Added:');
    await added.getByRole('link', { name: title.en }).click();
    await expect(page).toHaveURL(new RegExp(`/initiatives/${newId}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.en);
    await expect(page.locator('main blockquote').first()).toHaveText(quote);

    const detail = await page.request.get(`/api/initiatives/${newId}`);
    expect(detail.status()).toBe(200);
    expect(JSON.stringify(await detail.json())).toContain(JSON.stringify(quote).slice(1, -1));

    await page.goto('/initiatives?lang=en');
    await expect(page.getByRole('main').getByRole('link', { name: title.en }).first()).toBeAttached();

    // The source lists the new passage beside the others; its short title is still a target large enough to tap.
    await page.goto('/sources/senate-aktobe-maslikhat?lang=en');
    const passages = page.getByRole('navigation', { name: 'Extracted passages' });
    const passageLink = passages.getByRole('link', { name: title.en });
    await expect(passageLink).toBeVisible();
    // WCAG 2.2 target size (2.5.8): 24 px high even on one line, beside the "to the passage" link.
    expect((await passageLink.boundingBox())?.height).toBeGreaterThanOrEqual(24);
    await expectNoAxeViolations(page);
  });

  test('when an official opens /admin, then the page says it is for administrators and shows no form', async ({
    page,
  }) => {
    await logInAs(page, { username: official.username, password: officialPassword() });
    for (const lang of languages) {
      await page.goto(`/admin?lang=${lang}`);
      await expect(page.getByRole('main').getByText(onlyAdmins[lang])).toBeVisible();
      await expect(page.getByRole('main').locator('form')).toHaveCount(0);
    }
    // The API refuses the accounts to an official as well.
    expect((await page.request.get('/api/admin/users')).status()).toBe(403);
  });

  for (const lang of languages) {
    test(`when an admin opens /admin in ${lang} and sends both forms empty, then axe finds no WCAG 2.2 AA violation`, async ({
      page,
    }) => {
      await logInAs(page, admin);
      await openAdmin(page, lang);
      await expectNoAxeViolations(page);
      // With every field's message shown too.
      for (const form of await page.locator('main form').all()) await form.locator('button[type=submit]').click();
      await expect(page.locator('main [aria-invalid="true"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the responsible-body select', () => {
  test('when the longest responsible body is chosen at 1280 px in Russian, then its select fits its column and the name is written in full', async ({
    page,
  }) => {
    const owners = (await (await page.request.get('/api/owners')).json()) as {
      items: { owner: { id: string; name: { ru: string } } }[];
    };
    const longest = owners.items
      .map((item) => item.owner)
      .reduce((a, b) => (Array.from(b.name.ru).length > Array.from(a.name.ru).length ? b : a));
    await page.setViewportSize({ width: 1280, height: 900 });
    await logInAs(page, admin);
    for (const [url, form] of [
      ['/admin?lang=ru', 'Новая инициатива'],
      ['/initiatives/full-time-deputies?lang=ru', 'Изменить описание'],
    ] as const) {
      await page.goto(url);
      const card = page.getByRole('region', { name: form });
      const select = card.getByRole('combobox', { name: 'Ответственный' });
      await select.selectOption(longest.id);
      const [outer, box] = await Promise.all([card.boundingBox(), select.boundingBox()]);
      if (!outer || !box) throw new Error('no box');
      expect(box.x).toBeGreaterThanOrEqual(outer.x);
      expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      // One line of a select cannot hold the whole name: it is written in full under it, and read with it.
      await expect(select).toHaveAccessibleDescription(longest.name.ru);
      await expect(card.locator('.field-hint').filter({ hasText: longest.name.ru })).toBeVisible();
    }
  });
});
