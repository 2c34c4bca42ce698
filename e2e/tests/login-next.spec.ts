import { expect, test } from './fixtures.ts';
import { expectInHeader } from './officials-helpers.ts';
import { official, officialPassword } from './officials-setup.ts';

// A browser drops tab, CR and LF from a URL, so "/<tab>/x" would lead to "//x": another site.
for (const [name, encoded] of [
  ['a tab', '%2F%09%2Fx'],
  ['a line feed', '%2F%0A%2Fx'],
  ['a carriage return', '%2F%0D%2Fx'],
]) {
  test(`when the login link's next holds ${name}, then the login page renders and logging in lands on the overview`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/login?next=${encoded}&lang=en`);
    await expect(page.getByRole('heading', { level: 1, name: 'Log in for officials' })).toBeVisible();
    await page.getByLabel('Username').fill(official.username);
    await page.getByLabel('Password').fill(officialPassword());
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL((url) => url.origin === new URL(baseURL ?? '').origin && url.pathname === '/');
    // The menu folds again on arrival at a new page: unfold it once the page is there.
    await expectInHeader(page, page.getByRole('banner').getByRole('button', { name: 'Log out' }));
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  });
}
