import { describe, expect, it } from 'vitest';
import { statusChangeInputSchema } from './history.ts';
import { historyChangeText } from './history-labels.ts';

describe('statusChangeInputSchema', () => {
  it('when a status and a note are given, then it is accepted', () => {
    expect(statusChangeInputSchema.parse({ status: 'adopted', note: 'Принято', version: 2 })).toMatchObject({
      status: 'adopted',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'not a url'])(
    'when the evidence URL is %s, then it is refused',
    (evidenceUrl) => {
      const result = statusChangeInputSchema.safeParse({ status: 'adopted', note: 'x', evidenceUrl });
      expect(result.success).toBe(false);
    },
  );

  it('when nothing would change and it is not a verification, then it is refused', () => {
    expect(statusChangeInputSchema.safeParse({ note: 'nothing' }).success).toBe(false);
    expect(statusChangeInputSchema.safeParse({ note: 'checked', verifiedOnly: true }).success).toBe(true);
  });

  it('when the note is blank or too long, then it is refused', () => {
    expect(statusChangeInputSchema.safeParse({ status: 'adopted', note: '   ' }).success).toBe(false);
    expect(statusChangeInputSchema.safeParse({ status: 'adopted', note: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('historyChangeText', () => {
  it('when a change moves a date and the page gives a day format, then both days print in it; without one, as ISO days', () => {
    const change = { field: 'targetDate', from: '2026-12-02', to: null } as const;
    expect(historyChangeText(change, 'ru')).toBe('Целевой срок: 2026-12-02 → —');
    const day = (iso: string) => iso.split('-').reverse().join('.');
    expect(historyChangeText(change, 'ru', { day })).toBe('Целевой срок: 02.12.2026 → —');
    const due = { field: 'milestone.completedOn', from: null, to: '2027-01-05' } as const;
    expect(historyChangeText(due, 'en', { day })).toBe('Milestone completed on: — → 05.01.2027');
    // A field that is not a day is left alone.
    expect(historyChangeText({ field: 'progress', from: 10, to: 20 }, 'en', { day })).toBe('Progress: 10% → 20%');
  });

  it('when progress moves, then each language writes its percent as the pages do: "35 %" in Russian, "35%" in Kazakh and English', () => {
    const change = { field: 'progress', from: 10, to: 35 } as const;
    expect(historyChangeText(change, 'ru')).toBe('Прогресс: 10\u00a0% → 35\u00a0%');
    expect(historyChangeText(change, 'kk')).toMatch(/: 10% → 35%$/);
    expect(historyChangeText(change, 'en')).toBe('Progress: 10% → 35%');
  });
});
