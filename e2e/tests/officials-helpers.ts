import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InitiativeDetail } from '@civic/shared';
import { expect, type Locator, type Page } from '@playwright/test';
import { type Account, createAccount, official, officialPassword } from './officials-setup.ts';

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

export type MonitorAccount = Required<Account>;

/** A monitor account with a fresh name, for an organisation the public sees beside their assessments. */
export function createMonitor(): MonitorAccount {
  return createAccount('monitor', { displayName: 'Дана Ермекова', organisation: 'Открытый Актобе' }) as MonitorAccount;
}

/** An administrator account with a fresh name: adds initiatives and manages accounts on /admin. */
export function createAdmin(): Account {
  return createAccount('admin', { displayName: 'Ержан Тулегенов' });
}

/** Logs in through the login form in English, as a person would, and waits for the header's "Log out". */
export async function logInAs(page: Page, account: { username: string; password: string }) {
  await page.goto('/login?lang=en');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log out', includeHidden: true })).toBeAttached();
}

/**
 * Starts an import of the Kostanay press release (e2e/fixtures) as the logged-in official, through the
 * API, and returns the draft's id: the review page /imports/:id. A stamp line keeps each draft's text new.
 */
export async function startImportDraft(page: Page): Promise<string> {
  const release = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/maslikhat-release.txt'), 'utf8');
  const response = await page.request.post('/api/imports', {
    data: {
      text: `${release}\nВыпуск ${randomBytes(6).toString('hex')}`,
      title: 'Сессия Костанайского областного маслихата',
      publisher: 'Пресс-служба Костанайского областного маслихата',
      language: 'ru',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
