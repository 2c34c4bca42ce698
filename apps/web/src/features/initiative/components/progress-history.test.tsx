import type { StatusChange } from '@civic/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../../lib/i18n.ts';
import { serveHistory } from '../../../test/fixtures.ts';
import { ProgressHistory } from './progress-history.tsx';

/** One history entry of the initiative at `at`, moving progress from → to (no "from" for its creation). */
function entry(n: number, at: string, fromProgress: number | null, toProgress: number): StatusChange {
  return {
    id: `change-${n}`,
    initiativeId: 'council',
    kind: fromProgress === null ? 'created' : 'field_change',
    changes: fromProgress === null ? [] : [{ field: 'progress', from: fromProgress, to: toProgress }],
    fromStatus: fromProgress === null ? null : 'in_progress',
    toStatus: 'in_progress',
    fromProgress,
    toProgress,
    fromStage: null,
    toStage: null,
    note: '',
    evidenceUrl: null,
    actor: 'Official',
    at,
  };
}

/** Created at 50 % on 1 December 2026 (Almaty), then moved 50 → 75 → 70 → 80 % the same afternoon; newest first, as the API pages it. */
const sameDay = [
  entry(4, '2026-12-01T09:30:00.000Z', 70, 80),
  entry(3, '2026-12-01T09:00:00.000Z', 75, 70),
  entry(2, '2026-12-01T08:00:00.000Z', 50, 75),
  entry(1, '2026-12-01T04:00:00.000Z', null, 50),
];

function renderCard() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ProgressHistory initiativeId="council" />
    </QueryClientProvider>,
  );
}

describe('ProgressHistory', () => {
  beforeAll(async () => {
    await initI18n('?lang=en');
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await changeLanguage('en');
  });

  it('when progress moved three times on the day it was recorded, then the card says it moved from the first value to the last with each change, not that it stood still', async () => {
    serveHistory(sameDay);
    renderCard();
    const region = await screen.findByRole('region', { name: 'Progress over time' });
    expect(
      await within(region).findByText(
        'On 1 Dec 2026 progress moved from 50% to 80% in 3 changes: 50% → 75% → 70% → 80%.',
      ),
    ).toBeTruthy();
    expect(region.textContent).not.toMatch(/not changed/);
  });

  it('when a parent followed its children three times in one day, then in Russian too the card names the move and counts the changes', async () => {
    await changeLanguage('ru');
    serveHistory([
      entry(4, '2026-12-01T11:00:00.000Z', 60, 65),
      entry(3, '2026-12-01T10:00:00.000Z', 63, 60),
      entry(2, '2026-12-01T09:00:00.000Z', 50, 63),
      entry(1, '2026-12-01T04:00:00.000Z', null, 50),
    ]);
    renderCard();
    const region = await screen.findByRole('region', { name: 'Прогресс во времени' });
    const text = await within(region).findByText(/прогресс изменился/);
    // Russian puts a no-break space before the per cent sign.
    expect(text.textContent?.replaceAll('\u00a0', ' ')).toBe(
      '1 дек. 2026 г. прогресс изменился с 50 % до 65 %: 3 изменения (50 % → 63 % → 60 % → 65 %).',
    );
    expect(region.textContent).not.toMatch(/не менялся/);
  });

  it('when nothing moved since the initiative was recorded, then the card still says progress has not changed', async () => {
    serveHistory([entry(1, '2026-12-01T04:00:00.000Z', null, 50)]);
    renderCard();
    const region = await screen.findByRole('region', { name: 'Progress over time' });
    expect(
      await within(region).findByText(
        'Progress has not changed since the initiative was recorded: 50% since 1 Dec 2026.',
      ),
    ).toBeTruthy();
  });

  it('when a later day saw several changes, then its row in the table lists each of them beside the value it ended with', async () => {
    serveHistory([entry(5, '2026-12-03T06:00:00.000Z', 80, 90), ...sameDay]);
    renderCard();
    const region = await screen.findByRole('region', { name: 'Progress over time' });
    const table = await within(region).findByRole('table', { hidden: true });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['1 Dec 2026', '80%', '50% → 75% → 70% → 80%'],
      ['3 Dec 2026', '90%', '80% → 90%'],
    ]);
  });
});
