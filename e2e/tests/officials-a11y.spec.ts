import { expect, expectLogged404, expectNoAxeViolations, type Lang, languages, test } from './fixtures.ts';
import { createAdmin, createMonitor, logInAs, startImportDraft } from './officials-helpers.ts';
import { type Account, official, officialPassword } from './officials-setup.ts';
import { addressOf, pagesFor, type Role } from './pages.ts';

const who: Record<Exclude<Role, 'anonymous'>, string> = {
  official: 'an official',
  monitor: 'a monitor',
  admin: 'an admin',
};
const menuName: Record<Lang, string> = { ru: 'Меню', kk: 'Мәзір', en: 'Menu' };

let monitor: Account;
let admin: Account;

test.describe('logged-in pages pass axe', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeAll(() => {
    monitor = createMonitor();
    admin = createAdmin();
  });

  for (const role of ['official', 'monitor', 'admin'] as const) {
    for (const lang of languages) {
      test(`when ${who[role]} opens every page in ${lang}, then axe finds no WCAG 2.2 AA violation, the folded menu included`, async ({
        page,
        consoleErrors,
      }) => {
        const account = { official: { username: official.username, password: officialPassword() }, monitor, admin }[
          role
        ];
        await logInAs(page, account);
        const draft = role === 'official' ? await startImportDraft(page) : '';
        for (const target of pagesFor[role]) {
          await page.goto(addressOf(target, lang, draft));
          // The not-found page answers 404, which the browser logs.
          if (target.status === 404) expectLogged404(consoleErrors, target.path);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator(target.ready).first()).toBeVisible({ timeout: 20_000 });
          await expect(page.locator('.state-loading')).toHaveCount(0, { timeout: 20_000 });
          for (const details of await page.locator('details.chart-table').all())
            await details.locator('summary').click();
          await expectNoAxeViolations(page);
        }
        await page.setViewportSize({ width: 390, height: 844 });
        await page.getByRole('banner').getByRole('button', { name: menuName[lang] }).click();
        await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});
