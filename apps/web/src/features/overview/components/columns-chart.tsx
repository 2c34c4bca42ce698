import { useTranslation } from 'react-i18next';
import { columnsHeight } from '../chart-data.ts';
import { ChartCard, type ChartCardProps } from './chart-card.tsx';
import type { StackedColumnsProps } from './charts.tsx';
import { StackedColumns } from './lazy-charts.ts';

export type ColumnsChartProps = Omit<ChartCardProps, 'height' | 'children'> &
  StackedColumnsProps & {
    /** Said in place of the chart when no column has anything to draw (bare axes would say nothing). */
    empty?: string;
  };

/** Stacked columns in a chart card of the columns' fixed height; a sentence instead when every column is zero. */
export function ColumnsChart({ data, xKey, series, everyLabel, empty, ...card }: ColumnsChartProps) {
  const { t } = useTranslation();
  const anything = data.some((row) => series.some((s) => Number(row[s.key] ?? 0) > 0));
  if (!anything) {
    return (
      <section
        className={card.wide ? 'card chart-card chart-wide' : 'card chart-card'}
        aria-labelledby={`${card.id}-title`}
      >
        <h2 id={`${card.id}-title`}>{card.title}</h2>
        {card.hint && <p className="muted">{card.hint}</p>}
        <p>{empty ?? t('overview.charts.nothingYet')}</p>
      </section>
    );
  }
  return (
    <ChartCard {...card} height={columnsHeight}>
      <StackedColumns data={data} xKey={xKey} series={series} everyLabel={everyLabel} />
    </ChartCard>
  );
}
