import type { SheetDryRun, SheetRowReport } from '@civic/shared/schemas';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/format.ts';
import { initI18n } from '../../../lib/i18n.ts';
import { DryRunReport } from './dry-run-report.tsx';

const row = (overrides: Partial<SheetRowReport> & Pick<SheetRowReport, 'row' | 'outcome'>): SheetRowReport => ({
  id: 'council-two-way-link',
  title: null,
  changes: [],
  errors: [],
  conflict: null,
  ...overrides,
});

function createReport(rows: SheetRowReport[]): SheetDryRun {
  const counts = { unchanged: 0, changed: 0, error: 0, conflict: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  return {
    id: 'd1',
    fileName: 'обновление.xlsx',
    createdAt: '2026-11-30T05:00:00.000Z',
    counts,
    ignoredColumns: [],
    rows,
  };
}

const report = createReport([
  row({
    row: 3,
    id: 'no-such',
    outcome: 'error',
    errors: [{ cell: 'A3', value: 'no-such', code: 'unknown_id', message: 'no initiative has this id' }],
  }),
  row({
    row: 4,
    id: 'full-time-deputies',
    outcome: 'conflict',
    conflict: {
      fileVersion: 2,
      version: 3,
      current: { status: 'in_progress', progress: 35, legislativeStage: null, targetDate: null },
    },
  }),
  row({ row: 2, outcome: 'changed', changes: [{ field: 'status', from: 'proposed', to: 'in_progress' }] }),
  row({ row: 5, id: 'youth-social-lifts', outcome: 'unchanged' }),
]);

function renderReport(value: SheetDryRun) {
  render(
    <MemoryRouter>
      <DryRunReport report={value} />
    </MemoryRouter>,
  );
}

describe('DryRunReport', () => {
  afterEach(cleanup);

  it('when the dry run has each outcome, then counts come first and the table names the cell, the stale version and each change', async () => {
    await initI18n('?lang=en');
    renderReport(report);
    const counts = screen.getByRole('list', { name: 'Rows by outcome' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Errors: 1', 'Conflicts: 1', 'To change: 1', 'Unchanged: 1']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['error', 'conflict', 'to change']);
    expect(rows[0]).toHaveTextContent('Cell A3 (“no-such”): no initiative has this id');
    expect(rows[1]).toHaveTextContent('version 2 in the file, 3 now');
    expect(rows[1]).toHaveTextContent('Status: In progress; Progress: 35%');
    expect(rows[2]).toHaveTextContent('Status: Proposed → In progress');
    expect(within(rows[2] as HTMLElement).getByText('In progress').tagName).toBe('MARK');
    expect(screen.getByText('1 row unchanged')).toBeInTheDocument();
    expect(screen.getByText(/“обновление\.xlsx”/)).toBeInTheDocument();
  });

  it.each([
    ['en', 'New engagement formats', 'Reform of civic engagement'],
    ['ru', 'Новые форматы вовлечения', 'Реформа гражданского участия'],
    ['kk', 'Тартудың жаңа форматтары', 'Азаматтық қатысу реформасы'],
  ] as const)(
    'when rows name initiatives, then the %s page shows their titles, with the id beside',
    async (lang, title, unchangedTitle) => {
      await initI18n(`?lang=${lang}`);
      renderReport(
        createReport([
          row({
            row: 2,
            id: 'new-engagement-formats',
            title: { ru: 'Новые форматы вовлечения', en: 'New engagement formats', kk: 'Тартудың жаңа форматтары' },
            outcome: 'changed',
            changes: [{ field: 'progress', from: 0, to: 35 }],
          }),
          row({
            row: 3,
            id: 'civic-reform',
            title: {
              ru: 'Реформа гражданского участия',
              en: 'Reform of civic engagement',
              kk: 'Азаматтық қатысу реформасы',
            },
            outcome: 'unchanged',
          }),
          row({
            row: 4,
            id: 'no-such',
            outcome: 'error',
            errors: [{ cell: 'A4', value: 'no-such', code: 'unknown_id', message: '—' }],
          }),
        ]),
      );
      const [changed, error] = within(screen.getByRole('table')).getAllByRole('row').slice(1);
      const cell = within(changed as HTMLElement).getAllByRole('cell')[0] as HTMLElement;
      expect(within(cell).getByRole('link', { name: title })).toHaveAttribute(
        'href',
        '/initiatives/new-engagement-formats',
      );
      expect(cell).toHaveTextContent('new-engagement-formats');
      expect(within(error as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(/^no-such$/);
      expect(screen.getByText(`3: ${unchangedTitle}`)).toBeInTheDocument();
    },
  );

  it("when a title lacks the page's language, then the Russian one shows marked as such", async () => {
    await initI18n('?lang=kk');
    renderReport(
      createReport([
        row({
          row: 2,
          id: 'full-time-deputies',
          title: { ru: 'Депутаты на постоянной основе', en: 'Full-time deputies', kk: null },
          outcome: 'changed',
          changes: [{ field: 'progress', from: 0, to: 35 }],
        }),
      ]),
    );
    const link = within(screen.getByRole('table')).getByRole('link');
    expect(link).toHaveTextContent('Депутаты на постоянной основе');
    expect(link.querySelector('[lang="ru"]')).not.toBeNull();
  });

  it('when the interface is Russian, then labels, values and plural forms are Russian', async () => {
    await initI18n('?lang=ru');
    renderReport(
      createReport([
        row({ row: 2, outcome: 'changed', changes: [{ field: 'progress', from: 0, to: 35 }] }),
        ...[3, 4, 5, 6, 7].map((n) => row({ row: n, id: `i-${n}`, outcome: 'unchanged' })),
      ]),
    );
    expect(screen.getByRole('table')).toHaveTextContent('Прогресс: 0 % → 35 %');
    expect(screen.getByText('5 строк без изменений')).toBeInTheDocument();
    expect(screen.getByText('Изменится:', { exact: false })).toHaveTextContent('Изменится: 1');
  });

  it.each(['ru', 'kk', 'en'] as const)(
    'when a target date changes or stands in a conflict, then its days print as the %s page prints days, not as ISO',
    async (lang) => {
      await initI18n(`?lang=${lang}`);
      renderReport(
        createReport([
          row({ row: 2, outcome: 'changed', changes: [{ field: 'targetDate', from: '2025-01-15', to: '2026-06-30' }] }),
          row({
            row: 3,
            id: 'full-time-deputies',
            outcome: 'conflict',
            conflict: {
              fileVersion: 2,
              version: 3,
              current: { status: 'in_progress', progress: 35, legislativeStage: null, targetDate: '2027-03-01' },
            },
          }),
        ]),
      );
      const table = screen.getByRole('table');
      expect(formatDate('2025-01-15', lang)).not.toContain('2025-01-15');
      expect(table).toHaveTextContent(`${formatDate('2025-01-15', lang)} → ${formatDate('2026-06-30', lang)}`);
      expect(table).toHaveTextContent(formatDate('2027-03-01', lang));
      expect(table.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    },
  );
});
