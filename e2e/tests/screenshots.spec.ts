import path from 'node:path';
import type { Page } from '@playwright/test';
import { drawAllCharts, expect, expectLogged404, type Lang, languages, test } from './fixtures.ts';
import { createAdmin, createMonitor, logInAs, startImportDraft } from './officials-helpers.ts';
import { type Account, official, officialPassword } from './officials-setup.ts';
import { addressOf, overview, pagesFor, type Role, type Target } from './pages.ts';

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const who: Record<Role, string> = {
  anonymous: 'a visitor',
  official: 'an official',
  monitor: 'a monitor',
  admin: 'an admin',
};
const menuName: Record<Lang, string> = { ru: 'Меню', kk: 'Мәзір', en: 'Menu' };
const shotsDir = path.resolve(import.meta.dirname, '../test-results/screenshots');

let monitor: Account;
let admin: Account;

test.describe('every page fits at 390 and 1280 px in each language', () => {
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(() => {
    monitor = createMonitor();
    admin = createAdmin();
  });

  for (const role of ['anonymous', 'official', 'monitor', 'admin'] as const) {
    for (const viewport of widths) {
      for (const lang of languages) {
        test(`when ${who[role]} opens every page at ${viewport.width} px in ${lang}, then no heading, link, button or cell is cut`, async ({
          page,
          consoleErrors,
        }) => {
          await page.setViewportSize(viewport);
          if (role !== 'anonymous') await logIn(page, role);
          const draft = role === 'official' ? await startImportDraft(page) : undefined;
          for (const target of pagesFor[role]) {
            await open(page, target, lang, draft);
            // The not-found page answers 404, which the browser logs.
            if (target.status === 404) expectLogged404(consoleErrors, target.path);
            await page.screenshot({ path: shotPath(role, viewport.width, lang, target.name), fullPage: true });
            expect.soft(await cutElements(page), `${target.name} in ${lang} at ${viewport.width} px`).toEqual([]);
          }
          if (viewport.width < 1440) await checkMenu(page, role, lang);
        });
      }
    }
  }
});

function logIn(page: Page, role: Exclude<Role, 'anonymous'>) {
  return logInAs(
    page,
    { official: { username: official.username, password: officialPassword() }, monitor, admin }[role],
  );
}

/** Opens the page in `lang`; `id` fills a page of one record's `:id`. */
async function open(page: Page, target: Target, lang: Lang, id?: string) {
  await page.goto(addressOf(target, lang, id));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator(target.ready).first()).toBeVisible({ timeout: 20_000 });
  if (target === overview) {
    // Every chart has drawn, placeholders included, before anything is measured (each draws once scrolled near).
    await drawAllCharts(page);
  }
  await expect(page.locator('.state-loading')).toHaveCount(0, { timeout: 20_000 });
  // Open every chart's data table, so that its cells are photographed and measured too.
  await page.locator('main details.chart-table').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  await page.evaluate(() => document.fonts.ready);
}

/** The folded menu opens with every link and tool inside the screen, and Escape folds it back onto its button. */
async function checkMenu(page: Page, role: Role, lang: Lang) {
  const button = page.getByRole('banner').getByRole('button', { name: menuName[lang] });
  await expect(page.getByRole('banner').getByRole('navigation')).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
  await page.screenshot({ path: shotPath(role, page.viewportSize()?.width ?? 0, lang, 'menu') });
  expect(await cutElements(page), `open menu in ${lang}`).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
}

function shotPath(role: Role, width: number, lang: Lang, name: string) {
  return path.join(shotsDir, `${lang}-${width}-${role}-${name.replaceAll(' ', '-')}.png`);
}

/**
 * Headings, navigation links, buttons and table cells whose box leaves the viewport or the box of the
 * nearest ancestor that clips or scrolls sideways, or whose own text is clipped; and a page that scrolls sideways.
 */
function cutElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${width} px`);
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, nav a, button, th, td'))) {
      if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      let clip = element.parentElement;
      while (clip && clip !== document.body && getComputedStyle(clip).overflowX === 'visible')
        clip = clip.parentElement;
      const frame = clip && clip !== document.body ? clip.getBoundingClientRect() : undefined;
      // Inside a 1 px clipped box: hidden on purpose, for screen readers only.
      if (frame && frame.width <= 1) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        problems.push(`${name(element)} runs outside the screen (${Math.round(box.left)} to ${Math.round(box.right)})`);
      } else if (frame && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)) {
        problems.push(`${name(element)} is cut by its container .${clip?.className}`);
      }
      if (getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} has its text clipped`);
      }
    }
    return problems;
  });
}
