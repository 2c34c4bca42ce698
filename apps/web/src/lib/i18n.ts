import type { Language } from '@civic/shared';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

export const uiLanguages: readonly Language[] = ['ru', 'kk', 'en'];
export const defaultLanguage: Language = 'ru';
const storageKey = 'civic.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The ?lang= of the address wins, then the stored choice, then Russian. */
export function detectLanguage(search: string, stored: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(stored)) return stored;
  return defaultLanguage;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

export function initI18n(search = window.location.search): typeof i18next {
  const lng = detectLanguage(search, readStored());
  rememberLanguage(lng);
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = next;
    rememberLanguage(next);
  });
  void i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, kk: { translation: kk }, en: { translation: en } },
    lng,
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** The current UI language, typed. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
