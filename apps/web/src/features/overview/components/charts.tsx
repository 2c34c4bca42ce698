import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { barsHeight, columnsHeight, shorten } from '../chart-data.ts';

// Loaded lazily: Recharts is most of the overview's weight and no other page needs it.

const axisColour = '#4a5563';
const barColour = '#0072B2';

const wideQuery = '(min-width: 760px)';

/** Wide screens get room for longer axis labels. */
function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(wideQuery);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(wideQuery).matches,
  );
}

export interface BarDatum {
  label: string;
  value: number;
  colour?: string;
}

export interface HorizontalBarsProps {
  data: BarDatum[];
  /** Widest axis label, in characters, before it is shortened: on narrow and on wide screens. */
  labelChars?: [number, number];
  max?: number;
  formatValue?: (value: number) => string;
}

export function HorizontalBars({ data, labelChars = [20, 30], max, formatValue }: HorizontalBarsProps) {
  const chars = useWideScreen() ? labelChars[1] : labelChars[0];
  const height = barsHeight(data.length);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e3e6ea" />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, max ?? 'auto']}
          tick={{ fill: axisColour, fontSize: 12 }}
          tickFormatter={formatValue}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.round(chars * 7.2)}
          tick={{ fill: axisColour, fontSize: 12 }}
          tickFormatter={(label: string) => shorten(label, chars)}
          interval={0}
        />
        <Tooltip formatter={formatValue ? (value) => formatValue(Number(value)) : undefined} />
        <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]}>
          {data.map((datum) => (
            <Cell key={datum.label} fill={datum.colour ?? barColour} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export interface StackedColumnsProps {
  data: Record<string, string | number>[];
  xKey: string;
  series: { key: string; label: string; colour: string }[];
}

export function StackedColumns({ data, xKey, series }: StackedColumnsProps) {
  return (
    <ResponsiveContainer width="100%" height={columnsHeight}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6ea" />
        <XAxis dataKey={xKey} tick={{ fill: axisColour, fontSize: 12 }} />
        <YAxis allowDecimals={false} width={32} tick={{ fill: axisColour, fontSize: 12 }} />
        <Tooltip />
        {series.length > 1 && (
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="legend-text">{value}</span>} />
        )}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="all" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
