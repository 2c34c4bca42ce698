import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectLogged404, type Lang, languages, test } from './fixtures.ts';
import { createMonitor, type MonitorAccount } from './officials-helpers.ts';
import { official, officialPassword } from './officials-setup.ts';

type Role = 'anonymous' | 'official' | 'monitor';

interface Target {
  name: string;
  path: string;
  /** Shown once the page has its content. */
  ready: string;
}

const initiativeId = 'local-government-law-amendments';
const overview: Target = { name: 'overview', path: '/', ready: '.chart-frame' };
// The phone shows cards and the wide screen the table; whichever is shown has its links visible.
const list: Target = { name: 'list', path: '/initiatives', ready: 'main a[href^="/initiatives/"]:visible' };
const initiative: Target = { name: 'initiative', path: `/initiatives/${initiativeId}`, ready: 'blockquote' };
// Logged in, the page is ready once the status form (official) or the assessment form (monitor) has loaded beside it.
const initiativeWithForm: Target = { ...initiative, ready: 'form.official-form' };
const source: Target = { name: 'source', path: '/sources/senate-aktobe-maslikhat', ready: 'mark' };
const sources: Target = { name: 'sources', path: '/sources', ready: '.sources-list' };
const login: Target = { name: 'login', path: '/login', ready: 'main form' };
const attention: Target = { name: 'attention', path: '/attention', ready: 'main .card' };
const monitorPage: Target = { name: 'monitor', path: '/monitor', ready: 'main .card' };
const notFound: Target = { name: 'not-found', path: '/no-such-page', ready: 'h1' };

/** Every page for a visitor; a logged-in official sees every page but the login form (it sends them on) and the monitors' page. */
const pagesFor: Record<Role, Target[]> = {
  anonymous: [overview, list, initiative, source, sources, login, attention, monitorPage, notFound],
  official: [overview, list, initiativeWithForm, source, sources, attention, notFound],
  monitor: [overview, initiativeWithForm, monitorPage],
};

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const who: Record<Role, string> = { anonymous: 'a visitor', official: 'an official', monitor: 'a monitor' };
const menuName: Record<Lang, string> = { ru: 'Меню', kk: 'Мәзір', en: 'Menu' };
const shotsDir = path.resolve(import.meta.dirname, '../test-results/screenshots');

let monitor: MonitorAccount;

test.describe('every page fits at 390 and 1280 px in each language', () => {
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(() => {
    monitor = createMonitor();
  });

  for (const role of ['anonymous', 'official', 'monitor'] as const) {
    for (const viewport of widths) {
      for (const lang of languages) {
        test(`when ${who[role]} opens every page at ${viewport.width} px in ${lang}, then no heading, link, button or cell is cut`, async ({
          page,
          consoleErrors,
        }) => {
          await page.setViewportSize(viewport);
          if (role !== 'anonymous') await logIn(page, role);
          for (const target of pagesFor[role]) {
            await open(page, target, lang);
            // The not-found page answers 404, which the browser logs.
            if (target === notFound) expectLogged404(consoleErrors, target.path);
            await page.screenshot({ path: shotPath(role, viewport.width, lang, target.name), fullPage: true });
            expect.soft(await cutElements(page), `${target.name} in ${lang} at ${viewport.width} px`).toEqual([]);
          }
          if (viewport.width < 1440) await checkMenu(page, role, lang);
        });
      }
    }
  }
});

async function logIn(page: Page, role: 'official' | 'monitor') {
  const account =
    role === 'official'
      ? { username: official.username, password: officialPassword() }
      : { username: monitor.username, password: monitor.password };
  await page.goto('/login?lang=en');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log out', includeHidden: true })).toBeAttached();
}

async function open(page: Page, target: Target, lang: Lang) {
  await page.goto(`${target.path}?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator(target.ready).first()).toBeVisible({ timeout: 20_000 });
  if (target === overview) {
    // Every chart has drawn, placeholders included, before anything is measured.
    await expect(page.locator('.chart-frame .recharts-wrapper').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.chart-frame:not(:has(.recharts-wrapper))')).toHaveCount(0, { timeout: 20_000 });
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
  return path.join(shotsDir, `${lang}-${width}-${role}-${name}.png`);
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
