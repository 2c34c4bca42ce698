import { languageCookie } from '@civic/shared/vocabulary';
import { describe, expect, it } from 'vitest';
import { detectLanguage, rememberLanguage } from './i18n.ts';

describe('detectLanguage', () => {
  it('when the address names a language, then it wins over the stored choice', () => {
    expect(detectLanguage('?lang=en', 'kk')).toBe('en');
  });

  it('when the address names none or an unknown one, then the stored choice applies, else Russian', () => {
    expect(detectLanguage('?lang=de', 'kk')).toBe('kk');
    expect(detectLanguage('', null)).toBe('ru');
    expect(detectLanguage('', 'fr')).toBe('ru');
  });
});

describe('rememberLanguage', () => {
  it('when a language is chosen, then it is stored and sent to the server in its cookie, which the page start follows', () => {
    rememberLanguage('kk');
    expect(localStorage.getItem('civic.lang')).toBe('kk');
    expect(document.cookie).toContain(`${languageCookie}=kk`);
    rememberLanguage('en');
    expect(document.cookie).toContain(`${languageCookie}=en`);
    expect(document.cookie).not.toContain(`${languageCookie}=kk`);
  });
});

describe('Russian texts', () => {
  it('when a text names a length or the note field, then it uses the words the field itself shows', async () => {
    const ru = JSON.stringify((await import('./locales/ru.json')).default);
    // The counters under each field say "N из 2000 символов" and the field is "Примечание".
    expect(ru).not.toMatch(/\d знаков/);
    expect(ru).not.toContain('Напишите комментарий');
  });
});
