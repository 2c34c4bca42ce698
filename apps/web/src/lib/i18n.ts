import {
  agreementLabels,
  defaultLanguage,
  historyKindLabels,
  isLanguage,
  kindLabels,
  type Language,
  languageCookie,
  languages,
  ratingLabels,
  stageLabels,
  statusLabels,
} from '@civic/shared/vocabulary';
import i18next, { type ResourceLanguage } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export const uiLanguages = languages;
const storageKey = 'civic.lang';

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

/** Keeps the choice for the next visit, and in a cookie for the server, which writes a page's start in it. */
export function rememberLanguage(lang: Language): void {
  // A year; Lax, as it only chooses texts. The server reads it (apps/api/src/http/page-starts.ts).
  // biome-ignore lint/suspicious/noDocumentCookie: one plain value; the Cookie Store API is not in every browser.
  document.cookie = `${languageCookie}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

// Each language's texts are their own chunk: a visitor downloads only the language shown (and Russian as fallback).
const loaders: Record<Language, () => Promise<{ default: ResourceLanguage }>> = {
  ru: () => import('./locales/ru.json'),
  kk: () => import('./locales/kk.json'),
  en: () => import('./locales/en.json'),
};

async function ensureLoaded(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const texts = await loaders[lang]();
  i18next.addResourceBundle(lang, 'translation', texts.default, true, true);
  i18next.addResourceBundle(lang, 'translation', sharedLabels(lang), true, true);
}

/** status.*, kind.*, stage.*, historyKind.*, rating.* and agreement.* come from the shared tables, the ones the CSV and Atom files print. */
function sharedLabels(lang: Language): ResourceLanguage {
  return {
    status: statusLabels[lang],
    kind: kindLabels[lang],
    stage: stageLabels[lang],
    historyKind: historyKindLabels[lang],
    rating: ratingLabels[lang],
    agreement: agreementLabels[lang],
  };
}

/** Switches the UI language once its texts are loaded. */
export async function changeLanguage(lang: Language): Promise<void> {
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
}

export async function initI18n(search = window.location.search): Promise<typeof i18next> {
  const lng = detectLanguage(search, readStored());
  rememberLanguage(lng);
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = next;
    rememberLanguage(next);
  });
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng,
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(lng);
  await i18next.changeLanguage(lng);
  // Russian backs up any missing text; it is not needed for the first paint, so it loads afterwards.
  void ensureLoaded(defaultLanguage);
  return i18next;
}

/** The current UI language, typed. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
