import { describe, expect, it } from 'vitest';
import { initiativeFixture } from '../../test/fixtures.ts';
import { groupUnderParents, integerTicks, progressLabel, ratingMatrix, shorten, wrapLabel } from './chart-data.ts';

const createInitiative = initiativeFixture;

describe('groupUnderParents', () => {
  it('when a child comes before its parent in source order, then it is listed right under the parent', () => {
    const rows = groupUnderParents([
      createInitiative({ id: 'child-a', parentId: 'umbrella' }),
      createInitiative({ id: 'solo' }),
      createInitiative({ id: 'umbrella' }),
      createInitiative({ id: 'child-b', parentId: 'umbrella' }),
    ]);
    expect(rows.map((row) => [row.initiative.id, row.depth, row.parent?.id ?? null])).toEqual([
      ['solo', 0, null],
      ['umbrella', 0, null],
      ['child-a', 1, 'umbrella'],
      ['child-b', 1, 'umbrella'],
    ]);
  });

  it('when a parent is missing from the list, then its child still appears at the top level', () => {
    const rows = groupUnderParents([createInitiative({ id: 'orphan', parentId: 'gone' })]);
    expect(rows.map((row) => [row.initiative.id, row.depth])).toEqual([['orphan', 0]]);
  });

  it('when the data holds a cycle, then every initiative still appears once', () => {
    const rows = groupUnderParents([
      createInitiative({ id: 'a', parentId: 'b' }),
      createInitiative({ id: 'b', parentId: 'a' }),
    ]);
    expect(rows.map((row) => row.initiative.id).sort()).toEqual(['a', 'b']);
  });
});

describe('shorten', () => {
  it('when a label is longer than the limit, then it is cut on code points and ends with an ellipsis', () => {
    expect(shorten('Маслихаты области', 9)).toBe('Маслихат…');
    expect(shorten('короткий', 20)).toBe('короткий');
  });
});

describe('wrapLabel', () => {
  it('when owners share their first 30 characters, then their wrapped labels still differ', () => {
    const government = wrapLabel('Правительство Республики Казахстан', 20, 3);
    const senate = wrapLabel('Сенат Парламента Республики Казахстан', 20, 3);
    expect(government).toEqual(['Правительство', 'Республики Казахстан']);
    expect(senate).toEqual(['Сенат Парламента', 'Республики Казахстан']);
    for (const lines of [government, senate]) expect(lines.every((line) => !line.endsWith('…'))).toBe(true);
  });

  it('when a label needs more lines than allowed, then the last line ends in an ellipsis within the width', () => {
    const lines = wrapLabel('раз два три четыре пять шесть семь восемь девять десять', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(10);
  });

  it('when one word is longer than a line, then it is cut to the width', () => {
    const lines = wrapLabel('Межпарламентскийсовет', 8, 2);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(8);
  });
});

describe('integerTicks', () => {
  it('when the largest count is 2, then the axis runs 0, 1, 2', () => {
    expect(integerTicks(2)).toEqual([0, 1, 2]);
  });

  it('when counts are large, then the ticks are whole steps of 1, 2 or 5 × 10ⁿ that cover the largest', () => {
    for (const max of [0, 1, 7, 13, 99, 250, 12_345]) {
      const ticks = integerTicks(max);
      const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect((ticks.at(-1) ?? 0) - step).toBeLessThan(Math.max(max, 1));
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(String(step)).toMatch(/^[125]0*$/);
    }
  });
});

describe('ratingMatrix', () => {
  it('when initiatives are rated or not, then each counts once under its official level and latest independent rating', () => {
    const assessed = (rating: 'limited' | 'complete') => ({
      id: 'a',
      initiativeId: 'x',
      rating,
      rationale: 'Seen on site; minutes published.',
      evidenceUrls: ['https://example.org'],
      asOf: '2027-01-01',
      organisation: 'Watch',
      assessor: 'A. Monitor',
      createdAt: '2027-01-01T00:00:00.000Z',
      supersededBy: null,
    });
    const matrix = ratingMatrix([
      createInitiative({ id: 'a', officialRating: 'complete', latestAssessment: assessed('limited') }),
      createInitiative({ id: 'b', officialRating: 'complete', latestAssessment: assessed('complete') }),
      createInitiative({ id: 'c', officialRating: 'not_started' }),
    ]);
    expect(matrix.complete).toMatchObject({ limited: 1, complete: 1, none: 0 });
    expect(matrix.not_started.none).toBe(1);
    const total = Object.values(matrix).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(3);
  });
});

describe('progressLabel', () => {
  // As the store keeps it: `en` holds the Russian title given at the import, which has been corrected since.
  const later = createInitiative({
    id: 'later',
    title: { ru: 'Правила отбора депутатов маслихата', en: 'Правила отбора депутатов' },
    titleEnMissing: true,
  });

  it('when an English title is not yet given, then the bar is labelled with the Russian title and "(ru)"', () => {
    expect(progressLabel({ initiative: later, parent: null, depth: 0 }, 'en')).toBe(
      'Правила отбора депутатов маслихата (ru)',
    );
    expect(progressLabel({ initiative: later, parent: null, depth: 1 }, 'en')).toBe(
      '↳ Правила отбора депутатов маслихата (ru)',
    );
  });

  it('when the title is given in the language, or the reader reads Russian, then it stands unmarked', () => {
    expect(progressLabel({ initiative: createInitiative({}), parent: null, depth: 0 }, 'en')).toBe('T');
    expect(progressLabel({ initiative: later, parent: null, depth: 0 }, 'ru')).toBe(
      'Правила отбора депутатов маслихата',
    );
  });
});
