import type { StatusChange } from '@civic/shared/schemas';
import { describe, expect, it } from 'vitest';
import { progressSetOn } from './progress-set-on.ts';

const entry = (overrides: Partial<StatusChange>): StatusChange => ({
  id: 'h',
  initiativeId: 'parent',
  kind: 'field_change',
  changes: [],
  fromStatus: 'proposed',
  toStatus: 'proposed',
  fromProgress: 0,
  toProgress: 0,
  fromStage: null,
  toStage: null,
  note: '',
  evidenceUrl: null,
  actor: 'A',
  at: '2026-11-01T05:00:00.000Z',
  ...overrides,
});

describe('progressSetOn', () => {
  it('when an official moved the progress, then it is the newest such entry, past roll-ups and milestones', () => {
    const history = [
      entry({ kind: 'rollup', changes: [{ field: 'progress', from: 10, to: 20 }], at: '2026-11-20T05:00:00.000Z' }),
      entry({ kind: 'milestone_added', at: '2026-11-15T05:00:00.000Z' }),
      entry({
        kind: 'field_change',
        changes: [{ field: 'progress', from: 0, to: 10 }],
        at: '2026-11-10T05:00:00.000Z',
      }),
      entry({
        kind: 'status_change',
        changes: [{ field: 'progress', from: 5, to: 0 }],
        at: '2026-11-05T05:00:00.000Z',
      }),
    ];
    expect(progressSetOn(history)).toBe('2026-11-10T05:00:00.000Z');
  });

  it('when only the target date moved, then no date is known', () => {
    expect(progressSetOn([entry({ changes: [{ field: 'targetDate', from: null, to: '2027-01-01' }] })])).toBeNull();
  });
});
