import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  beginningOfTime,
  formatUtcOffset,
  isTimeZone,
  localDay,
  offsetPeriods,
  startOfLocalDay,
  utcOffsetSeconds,
} from './calendar.ts';

const almaty = 'Asia/Almaty';

describe('localDay', () => {
  it('when it is 00:30 on 1 December in Aktobe (19:30 UTC on 30 November), then the day is 1 December', () => {
    expect(localDay('2026-11-30T19:30:00.000Z', almaty)).toBe('2026-12-01');
    expect(localDay('2026-11-30T18:59:59.999Z', almaty)).toBe('2026-11-30');
    expect(localDay('2026-11-30T19:30:00.000Z', 'UTC')).toBe('2026-11-30');
  });

  it('when the instant is before 1 March 2024, then Kazakhstan was at UTC+6', () => {
    expect(localDay('2024-02-29T17:59:59.000Z', almaty)).toBe('2024-02-29');
    expect(utcOffsetSeconds('2023-06-01T00:00:00Z', almaty)).toBe(6 * 3600);
    expect(utcOffsetSeconds('2026-06-01T00:00:00Z', almaty)).toBe(5 * 3600);
  });
});

describe('startOfLocalDay', () => {
  it('when a day of Kazakhstan starts, then it is 19:00 UTC of the day before', () => {
    expect(startOfLocalDay('2026-12-01', almaty).toISOString()).toBe('2026-11-30T19:00:00.000Z');
  });

  it('when a zone skips midnight (Santiago, September 2024), then the day starts at the first second it has', () => {
    const start = startOfLocalDay('2024-09-08', 'America/Santiago');
    expect(localDay(start, 'America/Santiago')).toBe('2024-09-08');
    expect(localDay(start.getTime() - 1000, 'America/Santiago')).toBe('2024-09-07');
  });

  it('when any instant is taken in several zones, then its day starts at or before it and the next day after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(almaty, 'UTC', 'Asia/Kolkata', 'America/New_York', 'Pacific/Chatham', 'America/Santiago'),
        (ms, zone) => {
          const day = localDay(ms, zone);
          expect(startOfLocalDay(day, zone).getTime()).toBeLessThanOrEqual(ms);
          expect(startOfLocalDay(addDays(day, 1), zone).getTime()).toBeGreaterThan(ms);
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  });
});

describe('offsetPeriods', () => {
  it('when the periods of a zone are applied to an instant, then they give the same day as Intl', () => {
    const periods = offsetPeriods(almaty);
    expect(periods[0]?.startsAt).toBe(beginningOfTime);
    expect(periods.at(-1)).toEqual({ startsAt: '2024-02-29T18:00:00.000Z', offsetSeconds: 18000 });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        const period = periods.filter((p) => p.startsAt <= iso).at(-1);
        const shifted = new Date(ms + (period?.offsetSeconds ?? 0) * 1000).toISOString().slice(0, 10);
        expect(shifted).toBe(localDay(ms, almaty));
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('time zone names and offsets', () => {
  it('when a name is checked, then only zones Intl knows pass', () => {
    expect(isTimeZone('Asia/Almaty')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Asia/Aqtobe')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('when an offset is shown, then it reads as people write it', () => {
    expect(formatUtcOffset(18000)).toBe('UTC+5');
    expect(formatUtcOffset(19800)).toBe('UTC+5:30');
    expect(formatUtcOffset(-10800)).toBe('UTC−3');
    expect(formatUtcOffset(0)).toBe('UTC');
  });
});
