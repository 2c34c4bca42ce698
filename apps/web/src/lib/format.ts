import type { Language } from '@civic/shared';

const locales: Record<Language, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

const kazakhMonths = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

export function intlLocale(lang: Language): string {
  return locales[lang];
}

/** Some ICU builds (Debian's Chromium among them) carry no Kazakh month names and print "2026 M11 27". */
function lacksMonthNames(lang: Language): boolean {
  const sample = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(0));
  return /^M\d+$/.test(sample.trim());
}

export function formatNumber(value: number, lang: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits }).format(value);
}

/** value is 0–100. */
export function formatPercent(value: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A calendar date "YYYY-MM-DD" (or a timestamp's UTC day) shown as a date, never shifted across time zones. */
export function formatDate(isoDate: string, lang: Language): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (lang === 'kk' && lacksMonthNames(lang)) {
    return `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${kazakhMonths[date.getUTCMonth()]}`;
  }
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoDateTime: string, lang: Language): string {
  const date = new Date(isoDateTime);
  if (lang === 'kk' && lacksMonthNames(lang)) {
    const time = new Intl.DateTimeFormat(intlLocale(lang), { timeStyle: 'short' }).format(date);
    return `${date.getFullYear()} ж. ${date.getDate()} ${kazakhMonths[date.getMonth()]}, ${time}`;
  }
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "2026-11" shown as a month and year. */
export function formatMonth(month: string, lang: Language): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (lang === 'kk' && lacksMonthNames(lang)) return `${date.getUTCFullYear()} ж. ${kazakhMonths[date.getUTCMonth()]}`;
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
