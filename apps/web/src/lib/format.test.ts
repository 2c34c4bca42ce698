import { languages, percentText } from '@civic/shared/vocabulary';
import { describe, expect, it, vi } from 'vitest';
import { describeTimeZone, formatDate, formatDateTime, formatMonth, formatPercent, pageTimeZone } from './format.ts';

describe('formatters', () => {
  it('when a calendar date is shown, then it keeps its day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
    expect(formatDate('2026-01-01', 'ru')).toMatch(/^1 янв\. 2026/);
  });

  it('when a date is shown in Kazakh, then the month is a Kazakh word, never "M1"', () => {
    expect(formatDate('2026-11-27', 'kk')).toMatch(/2026.*27.*қар/);
    expect(formatMonth('2026-03', 'kk')).toMatch(/2026.*нау/);
    expect(formatDate('2026-11-27', 'kk')).not.toMatch(/M\d/);
  });

  it('when progress is shown, then it follows the language number style', () => {
    expect(formatPercent(23.1, 'en')).toBe('23.1%');
    expect(formatPercent(23.1, 'ru')).toBe('23,1\u00a0%');
    expect(formatPercent(23.1, 'kk')).toBe('23,1%');
    // The server's texts (history, CSV, feeds) write whole percents by the same rule (shared percentText).
    for (const lang of languages) expect(formatPercent(35, lang)).toBe(percentText(35, lang));
  });

  it("when the browser has no Kazakh number data (Debian's Chromium), then Kazakh numbers still take the comma", async () => {
    const Real = Intl.NumberFormat;
    // Such a build claims kk-KZ and formats it as English: "21.2%", "12,345.6".
    class WithoutKazakh extends Real {
      constructor(locale?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
        super(locale === 'kk-KZ' ? 'en-US' : locale, options);
      }
    }
    Intl.NumberFormat = WithoutKazakh as typeof Intl.NumberFormat;
    vi.resetModules();
    try {
      const format = await import('./format.ts');
      expect(format.formatPercent(21.2, 'kk')).toBe('21,2%');
      expect(format.formatNumber(12345.6, 'kk')).toBe('12\u00a0345,6');
      expect(format.formatPercent(21.2, 'en')).toBe('21.2%');
    } finally {
      Intl.NumberFormat = Real;
    }
  });

  it('when an edit at 00:07 on 1 December in Aktobe (19:07 UTC) is shown, then its day is 1 December in every language', () => {
    const edit = '2026-11-30T19:07:00.000Z';
    expect(formatDate(edit, 'en')).toBe('1 Dec 2026');
    expect(formatDateTime(edit, 'en')).toMatch(/^1 Dec 2026, 00:07$/);
    expect(formatDate(edit, 'ru')).toMatch(/^1 дек\. 2026/);
    expect(formatDateTime(edit, 'kk')).toMatch(/2026 ж\. 0?1 жел.*00:07/);
    expect(formatDate(edit, 'en', 'UTC')).toBe('30 Nov 2026');
  });

  it('when the server names its zone in the page, then dates follow it; without one, Asia/Almaty', () => {
    expect(pageTimeZone()).toBe('Asia/Almaty');
    const meta = document.createElement('meta');
    meta.name = 'civic-time-zone';
    meta.content = 'Europe/London';
    document.head.append(meta);
    try {
      expect(pageTimeZone()).toBe('Europe/London');
      expect(formatDate('2026-11-30T19:07:00.000Z', 'en')).toBe('30 Nov 2026');
    } finally {
      meta.remove();
    }
  });

  it('when the zone is described, then it shows its name and offset', () => {
    expect(describeTimeZone('Asia/Almaty', new Date('2026-12-01T00:00:00Z'))).toBe('Asia/Almaty (UTC+5)');
  });
});
