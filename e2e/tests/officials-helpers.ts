import type { InitiativeDetail } from '@civic/shared';
import { expect, type Page } from '@playwright/test';
import { official, officialPassword } from './officials-setup.ts';

/** Logs in through the form, as an official would, from whatever page is open. */
export async function logInThroughForm(page: Page, lang: 'ru' | 'en' = 'en') {
  const names = {
    en: { login: 'Log in', username: 'Username', password: 'Password', logout: 'Log out' },
    ru: { login: 'Войти', username: 'Имя пользователя', password: 'Пароль', logout: 'Выйти' },
  }[lang];
  await page.getByRole('banner').getByRole('link', { name: names.login }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel(names.username).fill(official.username);
  await page.getByLabel(names.password).fill(officialPassword());
  await page.getByRole('main').getByRole('button', { name: names.login }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: names.logout })).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
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
