import { expect, expectLogged404, expectNoAxeViolations, type Lang, languages, test } from './fixtures.ts';
import { createAdmin, createMonitor, logInAs, startImportDraft } from './officials-helpers.ts';
import { type Account, official, officialPassword } from './officials-setup.ts';

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
const spreadsheetImports = { name: 'spreadsheet imports', path: '/spreadsheet-imports', ready: '.sheet-steps' };
const importNew = { name: 'new import', path: '/imports/new', ready: 'main form' };
// The review of a draft the test starts through the API (`:id` is set then), ready once its passages are marked.
const importReview = { name: 'import review', path: '/imports/:id', ready: '.review-text mark.passage' };
const adminPage = { name: 'administration', path: '/admin', ready: '.admin-page .account-list' };

type Role = 'official' | 'monitor' | 'admin';
const pagesFor: Record<Role, { name: string; path: string; ready: string }[]> = {
  official: [
    overview,
    list,
    initiative,
    source,
    sources,
    attention,
    spreadsheetImports,
    importNew,
    importReview,
    notFound,
  ],
  monitor: [overview, list, initiative, source, sources, monitorPage, notFound],
  admin: [adminPage],
};
const who: Record<Role, string> = { official: 'an official', monitor: 'a monitor', admin: 'an admin' };
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
          await page.goto(`${target.path.replace(':id', draft)}?lang=${lang}`);
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
