import { describe, expect, it } from 'vitest';
import { dateTickCount, type ProgressEntry, progressByDay, spreadTicks } from './progress-series.ts';

const zone = 'Asia/Almaty';
const entry = (at: string, fromProgress: number | null, toProgress: number): ProgressEntry => ({
  at,
  fromProgress,
  toProgress,
});

describe('progressByDay', () => {
  it('when entries come newest first, then the series runs oldest first from the progress the initiative began with', () => {
    const history = [
      entry('2026-03-10T05:00:00.000Z', 40, 60),
      entry('2026-03-05T20:00:00.000Z', 0, 40),
      entry('2026-03-01T04:00:00.000Z', null, 0),
    ];
    expect(progressByDay(history, zone)).toEqual([
      { date: '2026-03-01', value: 0, from: 0, steps: [] },
      { date: '2026-03-06', value: 40, from: 0, steps: [40] },
      { date: '2026-03-10', value: 60, from: 40, steps: [60] },
    ]);
  });

  it('when two changes fall on one local day, then that day ends on the later value and keeps both, and the day follows the zone, not UTC', () => {
    // 19:30 UTC on 5 March is 00:30 on 6 March in Almaty; 18:00 UTC is still 5 March there.
    const history = [
      entry('2026-03-01T04:00:00.000Z', null, 10),
      entry('2026-03-05T18:00:00.000Z', 10, 20),
      entry('2026-03-05T19:30:00.000Z', 20, 30),
      entry('2026-03-06T10:00:00.000Z', 30, 35),
    ];
    expect(progressByDay(history, zone)).toEqual([
      { date: '2026-03-01', value: 10, from: 10, steps: [] },
      { date: '2026-03-05', value: 20, from: 10, steps: [20] },
      { date: '2026-03-06', value: 35, from: 20, steps: [30, 35] },
    ]);
  });

  it('when entries leave progress alone, then they make no point, and a history without a creation starts from its first "from"', () => {
    const history = [entry('2026-04-01T06:00:00.000Z', 25, 25), entry('2026-04-03T06:00:00.000Z', 25, 50)];
    expect(progressByDay(history, zone)).toEqual([
      { date: '2026-04-01', value: 25, from: 25, steps: [] },
      { date: '2026-04-03', value: 50, from: 25, steps: [50] },
    ]);
  });

  it('when progress moves three times on the day the initiative was recorded, then that one day keeps every change', () => {
    const history = [
      entry('2026-12-01T04:00:00.000Z', null, 50),
      entry('2026-12-01T08:00:00.000Z', 50, 75),
      entry('2026-12-01T09:00:00.000Z', 75, 70),
      entry('2026-12-01T09:30:00.000Z', 70, 80),
    ];
    expect(progressByDay(history, zone)).toEqual([{ date: '2026-12-01', value: 80, from: 50, steps: [75, 70, 80] }]);
  });

  it("when a day's changes cancel out, then its point stays with both changes", () => {
    const history = [
      entry('2026-12-01T04:00:00.000Z', null, 50),
      entry('2026-12-02T08:00:00.000Z', 50, 60),
      entry('2026-12-02T09:00:00.000Z', 60, 50),
    ];
    expect(progressByDay(history, zone)).toEqual([
      { date: '2026-12-01', value: 50, from: 50, steps: [] },
      { date: '2026-12-02', value: 50, from: 50, steps: [60, 50] },
    ]);
  });

  it('when there is no history, then there are no points', () => {
    expect(progressByDay([], zone)).toEqual([]);
  });
});

describe('spreadTicks', () => {
  it('when the series spans more days than ticks, then the first and the last day and days evenly spaced in time between', () => {
    expect(spreadTicks('2026-01-01', '2026-01-11', 3)).toEqual(['2026-01-01', '2026-01-06', '2026-01-11']);
    expect(spreadTicks('2026-01-01', '2026-01-11', 5)).toEqual([
      '2026-01-01',
      '2026-01-04',
      '2026-01-06',
      '2026-01-09',
      '2026-01-11',
    ]);
  });

  it('when it spans fewer days than ticks, then every day once', () => {
    expect(spreadTicks('2026-02-28', '2026-03-01', 5)).toEqual(['2026-02-28', '2026-03-01']);
    expect(spreadTicks('2026-03-01', '2026-03-01', 5)).toEqual(['2026-03-01']);
  });
});

describe('dateTickCount', () => {
  it('when a phone has room for two long Kazakh dates only, then two; a wide card gets more, at most five', () => {
    // "2026 ж. 18 қыркүйек" and "2026 ж. 20 қараша" on a 390 px screen's axis.
    expect(dateTickCount(262, 133, 119)).toBe(2);
    expect(dateTickCount(670, 119, 119)).toBe(4);
    expect(dateTickCount(1080, 119, 119)).toBe(5);
  });

  it('when not even two labels fit, then one', () => {
    expect(dateTickCount(200, 119, 119)).toBe(1);
  });
});
