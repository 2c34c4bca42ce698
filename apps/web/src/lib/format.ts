import type { Language } from '@civic/shared';

const locales: Record<Language, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

export function intlLocale(lang: Language): string {
  return locales[lang];
}

export function formatNumber(value: number, lang: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits }).format(value);
}

/** value is 0–100. */
export function formatPercent(value: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A calendar date "YYYY-MM-DD" shown as a date, without shifting it across time zones. */
export function formatDate(isoDate: string, lang: Language): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoDateTime: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoDateTime),
  );
}

/** "2026-11" shown as a month and year. */
export function formatMonth(month: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
