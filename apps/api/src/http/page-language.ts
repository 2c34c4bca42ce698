import { defaultLanguage, isLanguage, type Language, languageCookie } from '@civic/shared';
import { parse as parseCookies } from 'cookie';

/**
 * The language a page is asked in, in the web app's own order (apps/web/src/lib/i18n.ts `detectLanguage`): the
 * address's `?lang=` when valid, then the visitor's choice (the `civic.lang` cookie the app writes beside its
 * stored choice, `languageCookie`), then Russian. Used for the page's start and its preloaded texts.
 */
export function pageLanguage(search: URLSearchParams, cookieHeader: string | undefined): Language {
  const asked = search.get('lang');
  if (isLanguage(asked)) return asked;
  const chosen = cookieHeader ? parseCookies(cookieHeader)[languageCookie] : undefined;
  return isLanguage(chosen) ? chosen : defaultLanguage;
}
