import type { Stats } from '@civic/shared/schemas';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from '../../../lib/i18n.ts';
import { ProgressOverTimeCard } from './progress-over-time-card.tsx';

/** Statistics whose only part the card reads is the series. */
const statsWith = (progressOverTime: Stats['progressOverTime']) => ({ progressOverTime }) as Stats;

describe('ProgressOverTimeCard', () => {
  afterEach(async () => {
    cleanup();
    await changeLanguage('en');
  });

  it('when progress moved three times on one day only, then the card counts the changes and names the mean they moved it from and to', async () => {
    await initI18n('?lang=en');
    render(
      <ProgressOverTimeCard
        stats={statsWith([{ date: '2026-12-01', meanProgress: 65, fromMeanProgress: 50, changes: 3 }])}
      />,
    );
    const card = screen.getByRole('region', { name: 'Mean progress over time' });
    expect(
      within(card).getByText(
        'Progress has changed on one day only so far: on 1 Dec 2026 3 changes moved the mean from 50% to 65%; the line appears from the second such day.',
      ),
    ).toBeTruthy();
  });

  it('when the one day is read in Russian, then the number of changes takes its plural form', async () => {
    await initI18n('?lang=ru');
    await changeLanguage('ru');
    render(
      <ProgressOverTimeCard
        stats={statsWith([{ date: '2026-12-01', meanProgress: 65, fromMeanProgress: 50, changes: 3 }])}
      />,
    );
    const card = screen.getByRole('region', { name: 'Средний прогресс во времени' });
    expect(card.textContent?.replaceAll('\u00a0', ' ')).toContain(
      '1 дек. 2026 г. 3 изменения сдвинули среднее с 50 % до 65 %',
    );
  });

  it('when there are several days, then the table gives each day the number of changes beside its mean', async () => {
    await initI18n('?lang=en');
    render(
      <ProgressOverTimeCard
        stats={statsWith([
          { date: '2026-11-20', meanProgress: 40, fromMeanProgress: 35, changes: 1 },
          { date: '2026-12-01', meanProgress: 65, fromMeanProgress: 40, changes: 3 },
        ])}
      />,
    );
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Date', 'Mean progress, %', 'Changes'],
      ['20 Nov 2026', '40%', '1'],
      ['1 Dec 2026', '65%', '3'],
    ]);
  });
});
