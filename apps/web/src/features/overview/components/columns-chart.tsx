import { columnsHeight } from '../chart-data.ts';
import { ChartCard, type ChartCardProps } from './chart-card.tsx';
import type { StackedColumnsProps } from './charts.tsx';
import { StackedColumns } from './lazy-charts.ts';

export type ColumnsChartProps = Omit<ChartCardProps, 'height' | 'children'> & StackedColumnsProps;

/** Stacked columns in a chart card of the columns' fixed height. */
export function ColumnsChart({ data, xKey, series, ...card }: ColumnsChartProps) {
  return (
    <ChartCard {...card} height={columnsHeight}>
      <StackedColumns data={data} xKey={xKey} series={series} />
    </ChartCard>
  );
}
