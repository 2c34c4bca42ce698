import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { InitiativeDetail } from '@civic/shared';
import { expect, type Locator, type Page } from '@playwright/test';
import { official, officialPassword } from './officials-setup.ts';

/** Below the one-row width the header's links sit behind its menu button: unfold it, as a person would. */
export async function unfoldHeader(page: Page) {
  const button = page.getByRole('banner').locator('button[aria-controls]').first();
  await expect(page.getByRole('banner')).toBeVisible();
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
}

/** Expects `locator`, which lives in the header, to show, unfolding the menu (again, if a page change folded it). */
export async function expectInHeader(page: Page, locator: Locator) {
  await expect(async () => {
    await unfoldHeader(page);
    await expect(locator).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Logs in through the form, as an official would, from whatever page is open. */
export async function logInThroughForm(page: Page, lang: 'ru' | 'en' = 'en') {
  const names = {
    en: { login: 'Log in', username: 'Username', password: 'Password', logout: 'Log out' },
    ru: { login: 'Войти', username: 'Имя пользователя', password: 'Пароль', logout: 'Выйти' },
  }[lang];
  await unfoldHeader(page);
  await page.getByRole('banner').getByRole('link', { name: names.login }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel(names.username).fill(official.username);
  await page.getByLabel(names.password).fill(officialPassword());
  await page.getByRole('main').getByRole('button', { name: names.login }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expectInHeader(page, page.getByRole('banner').getByRole('button', { name: names.logout }));
}

export async function fetchDetail(page: Page, id: string): Promise<InitiativeDetail> {
  const response = await page.request.get(`/api/initiatives/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as InitiativeDetail;
}

/** The browser itself logs refused requests (401, 409, 429); a test that provokes them on purpose drops those lines. */
export function dropExpectedRefusals(errors: string[], statuses: number[]) {
  const expected = new RegExp(`status of (${statuses.join('|')}) `);
  const kept = errors.filter((line) => !expected.test(line));
  errors.splice(0, errors.length, ...kept);
}

export interface MonitorAccount {
  username: string;
  displayName: string;
  organisation: string;
  password: string;
}

/** A monitor account with a fresh name, made with the same command as every account, on the server's own database. */
export function createMonitor(): MonitorAccount {
  const monitor = {
    username: `e2e-monitor-${randomBytes(4).toString('hex')}`,
    displayName: 'Дана Ермекова',
    organisation: 'Открытый Актобе',
    password: randomBytes(18).toString('base64url'),
  };
  const repo = path.resolve(import.meta.dirname, '../..');
  execFileSync(
    path.join(repo, 'apps/api/node_modules/.bin/tsx'),
    [
      'apps/api/src/cli/user-create.ts',
      ...['--username', monitor.username, '--role', 'monitor'],
      ...['--display-name', monitor.displayName, '--organisation', monitor.organisation],
    ],
    {
      cwd: repo,
      env: {
        ...process.env,
        DATA_DIR: process.env.CIVIC_E2E_DATA_DIR,
        CIVIC_PASSWORD: monitor.password,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return monitor;
}
