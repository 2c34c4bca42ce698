import type { Page } from '@playwright/test';
import { expect, expectLogged404, expectNoAxeViolations, type Lang, languages, test } from './fixtures.ts';
import { createMonitor, type MonitorAccount } from './officials-helpers.ts';
import { official, officialPassword } from './officials-setup.ts';

const overview = { name: 'overview', path: '/', ready: 'svg.recharts-surface' };
const list = { name: 'initiatives', path: '/initiatives', ready: 'main a[href^="/initiatives/"]' };
// Ready once the status form (official) or the assessment form (monitor) has loaded beside the initiative.
const initiative = {
  name: 'initiative',
  path: '/initiatives/local-government-law-amendments',
  ready: 'form.official-form',
};
const source = { name: 'source', path: '/sources/senate-aktobe-maslikhat', ready: 'mark' };
const sources = { name: 'sources', path: '/sources', ready: '.sources-list' };
const attention = { name: 'attention', path: '/attention', ready: '.attention-grid' };
const monitorPage = { name: 'monitor', path: '/monitor', ready: '.initiative-list' };
const notFound = { name: 'not found', path: '/no-such-page', ready: 'h1' };

const pagesFor = {
  official: [overview, list, initiative, source, sources, attention, notFound],
  monitor: [overview, list, initiative, source, sources, monitorPage, notFound],
};
const menuName: Record<Lang, string> = { ru: 'Меню', kk: 'Мәзір', en: 'Menu' };

let monitor: MonitorAccount;

test.describe('logged-in pages pass axe', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeAll(() => {
    monitor = createMonitor();
  });

  for (const role of ['official', 'monitor'] as const) {
    for (const lang of languages) {
      test(`when ${role === 'official' ? 'an official' : 'a monitor'} opens every page in ${lang}, then axe finds no WCAG 2.2 AA violation, the folded menu included`, async ({
        page,
        consoleErrors,
      }) => {
        const account =
          role === 'official'
            ? { username: official.username, password: officialPassword() }
            : { username: monitor.username, password: monitor.password };
        await logIn(page, account);
        for (const target of pagesFor[role]) {
          await page.goto(`${target.path}?lang=${lang}`);
          // The not-found page answers 404, which the browser logs.
          if (target === notFound) expectLogged404(consoleErrors, target.path);
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

async function logIn(page: Page, account: { username: string; password: string }) {
  await page.goto('/login?lang=en');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
