import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localDay } from './calendar.ts';
import {
  attentionCutoffs,
  childrenProgress,
  isOverdue,
  isStale,
  nextCutoffChange,
  normalizeForSearch,
  progressAfterChange,
  rollUpProgress,
} from './rules.ts';
import { statuses } from './vocabulary.ts';

describe('childrenProgress', () => {
  it('when a child is withdrawn, then it leaves the mean; stalled children stay in it', () => {
    expect(
      childrenProgress([
        { status: 'in_progress', progress: 60 },
        { status: 'withdrawn', progress: 0 },
        { status: 'stalled', progress: 20 },
      ]),
    ).toBe(40);
  });

  it('when every child is withdrawn, then no child counts and there is no mean', () => {
    expect(childrenProgress([{ status: 'withdrawn', progress: 30 }])).toBeNull();
  });
});

describe('rollUpProgress', () => {
  it('when a parent has no children, then there is nothing to roll up', () => {
    expect(rollUpProgress([])).toBeNull();
  });

  it('when children have progress, then the parent takes their rounded mean', () => {
    expect(rollUpProgress([0, 50])).toBe(25);
    expect(rollUpProgress([25, 50, 50])).toBe(42);
  });

  it('when children progress is anything in 0..100, then the mean stays within their range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 50 }), (values) => {
        const mean = rollUpProgress(values) as number;
        expect(mean).toBeGreaterThanOrEqual(Math.min(...values));
        expect(mean).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('progressAfterChange', () => {
  it('when a status with a preset is entered, then progress follows the preset', () => {
    expect(progressAfterChange(10, 'under_review')).toBe(50);
    expect(progressAfterChange(10, 'completed')).toBe(100);
  });

  it('when stalled or withdrawn, then progress stays where it was', () => {
    expect(progressAfterChange(40, 'stalled')).toBe(40);
    expect(progressAfterChange(40, 'withdrawn')).toBe(40);
  });

  it('when an official gives progress explicitly, then it wins over the preset', () => {
    expect(progressAfterChange(0, 'in_progress', 60)).toBe(60);
  });
});

describe('isOverdue', () => {
  const today = '2026-11-27';
  it('when the target date has passed and the initiative is open, then it is overdue', () => {
    expect(isOverdue({ status: 'in_progress', targetDate: '2026-11-26', openMilestoneDueDates: [] }, today)).toBe(true);
  });

  it('when the target date is today or later, then it is not overdue', () => {
    expect(isOverdue({ status: 'in_progress', targetDate: today, openMilestoneDueDates: [] }, today)).toBe(false);
  });

  it('when an open milestone is past due, then the initiative is overdue', () => {
    expect(
      isOverdue({ status: 'proposed', targetDate: null, openMilestoneDueDates: [null, '2026-01-01'] }, today),
    ).toBe(true);
  });

  it('when completed or withdrawn, then it is never overdue whatever the dates', () => {
    for (const status of ['completed', 'withdrawn'] as const) {
      expect(isOverdue({ status, targetDate: '2000-01-01', openMilestoneDueDates: ['2000-01-01'] }, today)).toBe(false);
    }
  });

  it('when no date is set, then no status makes it overdue', () => {
    for (const status of statuses) {
      expect(isOverdue({ status, targetDate: null, openMilestoneDueDates: [] }, today)).toBe(false);
    }
  });
});

describe('attentionCutoffs', () => {
  const settings = { timeZone: 'Asia/Almaty', staleAfterDays: 30 };

  it('when it is 00:30 on 1 December in Aktobe (19:30 UTC), then today is 1 December and 30 November has passed', () => {
    const { today } = attentionCutoffs(new Date('2026-11-30T19:30:00Z'), settings);
    expect(today).toBe('2026-12-01');
    expect(isOverdue({ status: 'in_progress', targetDate: '2026-11-30', openMilestoneDueDates: [] }, today)).toBe(true);
  });

  it('when 30 days are allowed, then a verification of 1 November (local) is fresh through 1 December, stale on the 2nd', () => {
    const verified = '2026-10-31T19:00:00.000Z';
    const lastFreshDay = attentionCutoffs(new Date('2026-12-01T18:59:59Z'), settings);
    const firstStaleDay = attentionCutoffs(new Date('2026-12-01T19:00:00Z'), settings);
    expect(isStale(verified, lastFreshDay.staleBefore)).toBe(false);
    expect(isStale(verified, firstStaleDay.staleBefore)).toBe(true);
    expect(firstStaleDay.staleBefore).toBe('2026-11-01T19:00:00.000Z');
  });

  it('when any verification is judged, then it is stale exactly when its local day is more than N days before today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 0, max: 200 * 86_400_000 }),
        fc.integer({ min: 1, max: 120 }),
        (nowMs, ago, days) => {
          const now = new Date(nowMs);
          const verified = new Date(nowMs - ago).toISOString();
          const { today, staleBefore } = attentionCutoffs(now, { timeZone: 'Asia/Almaty', staleAfterDays: days });
          const verifiedDay = localDay(verified, 'Asia/Almaty');
          expect(isStale(verified, staleBefore)).toBe(addDays(verifiedDay, days) < today);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('when never verified, then it is stale', () => {
    expect(isStale(null, attentionCutoffs(new Date(), settings).staleBefore)).toBe(true);
  });

  it('when the clock passes local midnight, then the cutoffs change there and nowhere before', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const change = nextCutoffChange(now, 'Asia/Almaty');
    expect(change.toISOString()).toBe('2026-11-30T19:00:00.000Z');
    const before = attentionCutoffs(new Date(change.getTime() - 1), settings);
    expect(before).toEqual(attentionCutoffs(now, settings));
    expect(attentionCutoffs(change, settings).today).toBe('2026-12-01');
  });
});

describe('normalizeForSearch', () => {
  it('when text has capitals and ё, then it is folded so any spelling matches', () => {
    expect(normalizeForSearch('Освобождённые ДЕПУТАТЫ')).toBe('освобожденные депутаты');
    expect(normalizeForSearch('ҚАЗАҚСТАН')).toBe('қазақстан');
  });
});
