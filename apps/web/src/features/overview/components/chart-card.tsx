import { type ReactNode, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDataUrl, toCsv } from '../../../lib/csv.ts';
import { readSeparator } from '../../../lib/csv-separator.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useNearViewport } from '../../../lib/use-near-viewport.ts';
import { useTurn } from '../../../lib/use-turn.ts';

export interface TableCell {
  /** What the CSV holds: plain numbers and ISO dates. */
  value: string | number;
  /** What the table shows, when it differs from value. */
  display?: ReactNode;
  /** Plain text of display, for the chart's text alternative. */
  text?: string;
}

export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: TableCell[] }[];
}

export interface ChartCardProps {
  id: string;
  title: string;
  hint?: string;
  table: ChartTable;
  /** Spans the full width of the grid. */
  wide?: boolean;
  /** The chart's height in pixels, reserved before it draws. */
  height: number;
  /** A key to what colours or marks mean, shown under the chart (colour never carries meaning alone). */
  legend?: ReactNode;
  children: ReactNode;
}

/** A chart with its text alternative, its numbers as a table, and a CSV download of the same numbers (the reader's separator). */
export function ChartCard({ id, title, hint, table, wide = false, height, legend, children }: ChartCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // A chart draws when the reader comes near it, one chart per task; its frame keeps the chart's height till then.
  const frame = useRef<HTMLDivElement>(null);
  const ready = useTurn(useNearViewport(frame));
  const cellText = (cell: TableCell) =>
    cell.text ?? (typeof cell.value === 'number' ? formatNumber(cell.value, lang) : cell.value);
  const summary = table.rows
    .map(({ cells: [first, ...rest] }) => {
      const values = rest.map((cell, i) =>
        rest.length === 1 ? cellText(cell) : `${table.columns[i + 1]} ${cellText(cell)}`,
      );
      return `${first ? cellText(first) : ''}: ${values.join(', ')}`;
    })
    .join('; ');
  const href = useMemo(
    () =>
      csvDataUrl(
        toCsv(
          table.columns,
          table.rows.map((row) => row.cells.map((cell) => cell.value)),
          readSeparator(),
        ),
      ),
    [table],
  );

  return (
    <section className={wide ? 'card chart-card chart-wide' : 'card chart-card'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      <div
        ref={frame}
        className="chart-frame"
        style={{ height }}
        role="img"
        aria-label={t('overview.chartAlt', { summary })}
      >
        <Suspense fallback={<ChartLoading />}>{ready ? children : <ChartLoading />}</Suspense>
      </div>
      {legend}
      <details className="chart-table">
        <summary>{t('overview.showTable')}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen must scroll by keyboard too */}
        <section className="table-scroll" aria-label={`${title}: ${t('overview.showTable')}`} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={table.columns[index]} scope="row">
                        {cell.display ?? cellText(cell)}
                      </th>
                    ) : (
                      <td
                        key={table.columns[index]}
                        className={typeof cell.value === 'number' ? 'num' : undefined}
                        data-label={table.columns[index]}
                      >
                        {cell.display ?? cellText(cell)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
      <a className="download-link" href={href} download={`${id}.csv`}>
        {t('overview.download')}
      </a>
    </section>
  );
}

function ChartLoading() {
  const { t } = useTranslation();
  return <p className="chart-loading">{t('overview.chartLoading')}</p>;
}

export interface ChartCardPlaceholderProps {
  title: string;
  hint?: string;
  wide?: boolean;
  height: number;
  children: ReactNode;
}

/** A chart card whose data is still loading, the same size as the card it becomes. */
export function ChartCardPlaceholder({ title, hint, wide = false, height, children }: ChartCardPlaceholderProps) {
  const { t } = useTranslation();
  return (
    <section className={wide ? 'card chart-card chart-wide' : 'card chart-card'} aria-label={title}>
      <h2>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      <div className="chart-frame" style={{ height }}>
        {children}
      </div>
      <p className="chart-table placeholder-line" aria-hidden="true">
        {t('overview.showTable')}
      </p>
      <span className="download-link placeholder-line" aria-hidden="true">
        {t('overview.download')}
      </span>
    </section>
  );
}
