import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverdue, isStale, normalizeForSearch, progressAfterChange, rollUpProgress, staleCutoff } from './rules.ts';
import { statuses } from './vocabulary.ts';

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

describe('isStale', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('when never verified, then it is stale', () => {
    expect(isStale(null, now, 30)).toBe(true);
  });

  it('when verified within the threshold, then it is fresh; past it, stale', () => {
    expect(isStale('2026-11-01T12:00:00Z', now, 30)).toBe(false);
    expect(isStale('2026-10-27T11:59:59Z', now, 30)).toBe(true);
  });

  it('when compared with the SQL cutoff, then both agree on every instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 86_400_000 }), fc.integer({ min: 1, max: 120 }), (ago, days) => {
        const verified = new Date(now.getTime() - ago).toISOString();
        expect(isStale(verified, now, days)).toBe(verified < staleCutoff(now, days));
      }),
    );
  });
});

describe('normalizeForSearch', () => {
  it('when text has capitals and ё, then it is folded so any spelling matches', () => {
    expect(normalizeForSearch('Освобождённые ДЕПУТАТЫ')).toBe('освобожденные депутаты');
    expect(normalizeForSearch('ҚАЗАҚСТАН')).toBe('қазақстан');
  });
});
