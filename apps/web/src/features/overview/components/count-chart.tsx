import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { barsHeight, defaultLabelChars, labelLinesNeeded } from '../chart-data.ts';
import { ChartCard, type ChartTable } from './chart-card.tsx';
import { HorizontalBars } from './lazy-charts.ts';

export interface CountItem {
  key: string;
  label: string;
  /** What the table shows in place of the label, e.g. a status badge. */
  display?: ReactNode;
  value: number;
  colour?: string;
}

export interface CountChartProps {
  id: string;
  title: string;
  /** The heading of the table's first column: what is counted by. */
  column: string;
  items: CountItem[];
  /** Characters per axis-label line, on narrow and on wide screens; the chart's height follows the narrow one. */
  labelChars?: [number, number];
}

/** A count per category as bars, with the table and CSV of the very same items. */
export function CountChart({ id, title, column, items, labelChars = defaultLabelChars }: CountChartProps) {
  const { t } = useTranslation();
  const table: ChartTable = {
    columns: [column, t('overview.columns.count')],
    rows: items.map((item) => ({
      key: item.key,
      cells: [{ value: item.label, display: item.display }, { value: item.value }],
    })),
  };
  const lines = labelLinesNeeded(
    items.map((item) => item.label),
    labelChars[0],
  );
  return (
    <ChartCard id={id} title={title} table={table} height={barsHeight(items.length, lines)}>
      <HorizontalBars
        valueLabel={t('overview.columns.count')}
        labelChars={labelChars}
        data={items.map(({ label, value, colour }) => ({ label, value, colour }))}
      />
    </ChartCard>
  );
}
