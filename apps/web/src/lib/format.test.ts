import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatPercent } from './format.ts';

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
  });
});
