// The zod-free entry: format.ts is on every page, and zod stays out of the browser's first load.
import {
  defaultTimeZone,
  formatUtcOffset,
  isTimeZone,
  type Language,
  localDay,
  utcOffsetSeconds,
} from '@civic/shared/vocabulary';

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

// Checking a zone builds an Intl formatter; a list formats each of its dates in the page's zone, so each name is checked once.
const checkedZones = new Map<string, boolean>();

/**
 * The zone days and times are shown in: the server's TIME_ZONE, which it writes into index.html's
 * <meta name="civic-time-zone">; the dev server's page keeps the built-in default, Asia/Almaty.
 */
export function pageTimeZone(): string {
  const zone = typeof document === 'undefined' ? null : document.querySelector('meta[name="civic-time-zone"]');
  const name = zone?.getAttribute('content') ?? '';
  let known = checkedZones.get(name);
  if (known === undefined) {
    known = isTimeZone(name);
    checkedZones.set(name, known);
  }
  return known ? name : defaultTimeZone;
}

// Building an Intl formatter costs far more than using one, and a list page formats dozens of dates:
// one formatter per locale and options for the page's life.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Pick<Intl.NumberFormat, 'format'>>();

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Some ICU builds (Debian's Chromium among them) claim Kazakh but format its numbers as English:
 * "21.2%" and "12,345.6", where Kazakh writes "21,2%" and "12 345,6". Checked once per page.
 */
let kazakhNumbersMissing: boolean | undefined;
function lacksKazakhNumbers(): boolean {
  kazakhNumbersMissing ??= new Intl.NumberFormat(intlLocale('kk')).format(1.5) === '1.5';
  return kazakhNumbersMissing;
}

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Pick<Intl.NumberFormat, 'format'> {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    const intl = new Intl.NumberFormat(intlLocale(lang), options);
    format =
      lang === 'kk' && lacksKazakhNumbers()
        ? {
            // Kazakh's own separators on the parts of the English-style answer; the percent sign stays attached.
            format: (value: number | bigint) =>
              intl
                .formatToParts(value)
                .map((part) => (part.type === 'decimal' ? ',' : part.type === 'group' ? '\u00a0' : part.value))
                .join(''),
          }
        : intl;
    numberFormats.set(key, format);
  }
  return format;
}

/** Today ("YYYY-MM-DD") where the data lives, whatever the browser's own zone. */
export function todayIn(timeZone = pageTimeZone()): string {
  return localDay(new Date(), timeZone);
}

/** "Asia/Almaty (UTC+5)": the zone and its offset now. */
export function describeTimeZone(timeZone = pageTimeZone(), at = new Date()): string {
  return `${timeZone} (${formatUtcOffset(utcOffsetSeconds(at, timeZone))})`;
}

export function intlLocale(lang: Language): string {
  return locales[lang];
}

/** Some ICU builds (Debian's Chromium among them) carry no Kazakh month names and print "2026 M11 27". */
function lacksMonthNames(lang: Language): boolean {
  const sample = dateFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(0));
  return /^M\d+$/.test(sample.trim());
}

export function formatNumber(value: number, lang: Language, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** value is 0–100. */
export function formatPercent(value: number, lang: Language): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A calendar date "YYYY-MM-DD" shown as it is, or a timestamp shown as its day in the zone (default: the page's). */
export function formatDate(isoDate: string, lang: Language, timeZone = pageTimeZone()): string {
  const day = isoDate.length === 10 ? isoDate : localDay(isoDate, timeZone);
  const date = new Date(`${day}T00:00:00Z`);
  if (lang === 'kk' && lacksMonthNames(lang)) {
    return `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${kazakhMonths[date.getUTCMonth()]}`;
  }
  return dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A timestamp shown as date and time in the zone (default: the page's), the same for every reader. */
export function formatDateTime(isoDateTime: string, lang: Language, timeZone = pageTimeZone()): string {
  const date = new Date(isoDateTime);
  if (lang === 'kk' && lacksMonthNames(lang)) {
    const time = dateFormat(lang, { timeStyle: 'short', timeZone }).format(date);
    return `${formatDate(isoDateTime, lang, timeZone)}, ${time}`;
  }
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** "2026-11" shown as a month and year. */
export function formatMonth(month: string, lang: Language): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (lang === 'kk' && lacksMonthNames(lang)) return `${date.getUTCFullYear()} ж. ${kazakhMonths[date.getUTCMonth()]}`;
  return dateFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
