import type { Initiative } from '@civic/shared/schemas';
import { describe, expect, it } from 'vitest';
import { groupUnderParents, shorten } from './chart-data.ts';

function createInitiative(overrides: Partial<Initiative>): Initiative {
  return {
    id: 'x',
    parentId: null,
    kind: 'practice',
    title: { ru: 'Т', en: 'T' },
    summary: { ru: 'С', en: 'S' },
    owner: { id: 'o', name: { ru: 'О', en: 'O' } },
    region: 'KZ',
    tags: [],
    status: 'proposed',
    progress: 0,
    progressSource: 'status',
    legislativeStage: null,
    targetDate: null,
    lastVerifiedAt: null,
    source: null,
    overdue: false,
    stale: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

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
