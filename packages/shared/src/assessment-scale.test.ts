import { describe, expect, it } from 'vitest';
import {
  agreementLabels,
  agreementOf,
  agreements,
  officialRating,
  ratingLabels,
  ratings,
  scaleLevels,
} from './assessment-scale.ts';
import { attentionCutoffs } from './rules.ts';
import { languages, statuses } from './terms.ts';

describe('officialRating', () => {
  it.each([
    ['completed', 100, 'complete'],
    ['completed', 40, 'complete'],
    ['adopted', 75, 'substantial'],
    ['under_review', 50, 'substantial'],
    ['in_progress', 49, 'limited'],
    ['in_progress', 1, 'limited'],
    ['proposed', 0, 'not_started'],
    ['stalled', 60, 'substantial'],
    ['withdrawn', 0, 'not_started'],
    ['in_progress', 100, 'substantial'],
  ] as const)('when the status is %s at %i%%, then %s', (status, progress, level) => {
    expect(officialRating(status, progress)).toBe(level);
  });

  it('when any status meets any progress, then the level is on the scale', () => {
    for (const status of statuses) {
      for (let progress = 0; progress <= 100; progress += 1) {
        expect(scaleLevels).toContain(officialRating(status, progress));
      }
    }
  });
});

describe('agreementOf (STALE_AFTER_DAYS = 30, Asia/Almaty)', () => {
  const settings = { timeZone: 'Asia/Almaty', staleAfterDays: 30 };
  const cutoffs = (day: string) => attentionCutoffs(new Date(`${day}T09:00:00.000Z`), settings);
  const base = {
    status: 'under_review' as const,
    progress: 50,
    asOf: '2027-03-01',
    officialSince: '2027-01-01T00:00:00.000Z',
  };

  it('when nothing is rated, or the monitor cannot assess, then not_assessed', () => {
    expect(agreementOf({ ...base, rating: null, asOf: null }, cutoffs('2027-03-01'))).toBe('not_assessed');
    expect(agreementOf({ ...base, rating: 'cannot_assess' }, cutoffs('2027-09-01'))).toBe('not_assessed');
  });

  it('when two or more steps apart either way, then disagree at once', () => {
    expect(agreementOf({ ...base, status: 'completed', progress: 100, rating: 'limited' }, cutoffs('2027-03-01'))).toBe(
      'disagree',
    );
    expect(
      agreementOf({ ...base, status: 'proposed', progress: 0, rating: 'substantial' }, cutoffs('2027-03-01')),
    ).toBe('disagree');
  });

  it('when equal, then agree however old', () => {
    expect(agreementOf({ ...base, rating: 'substantial' }, cutoffs('2030-01-01'))).toBe('agree');
  });

  it('when one step lower, then agree through day 30 after the as-of day and disagree on day 31', () => {
    expect(agreementOf({ ...base, rating: 'limited' }, cutoffs('2027-03-31'))).toBe('agree');
    expect(agreementOf({ ...base, rating: 'limited' }, cutoffs('2027-04-01'))).toBe('disagree');
  });

  it('when one step lower but the officials changed within the threshold, then agree until it has passed for them too', () => {
    const recent = { ...base, rating: 'limited' as const, officialSince: '2027-03-20T10:00:00.000Z' };
    expect(agreementOf(recent, cutoffs('2027-04-19'))).toBe('agree');
    expect(agreementOf(recent, cutoffs('2027-04-20'))).toBe('disagree');
  });

  it('when one step higher, then agree however long it stands', () => {
    expect(agreementOf({ ...base, rating: 'complete' }, cutoffs('2030-01-01'))).toBe('agree');
  });
});

describe('labels of the scale', () => {
  it('when a language is chosen, then every rating and agreement has its own non-empty, distinct label', () => {
    for (const lang of languages) {
      const names = ratings.map((rating) => ratingLabels[lang][rating]);
      expect(names.every((name) => name.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(ratings.length);
      expect(new Set(agreements.map((a) => agreementLabels[lang][a])).size).toBe(agreements.length);
    }
  });
});
