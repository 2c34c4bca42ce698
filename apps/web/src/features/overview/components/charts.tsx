import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  DefaultTooltipContent,
  Legend,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType,
  XAxis,
  YAxis,
} from 'recharts';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { columnsHeight, defaultLabelChars, defaultLabelLines, integerTicks, wrapLabel } from '../chart-data.ts';

// Loaded lazily: Recharts is most of the overview's weight, and a page loads it only to draw a chart.

const axisColour = '#4a5563';
const barColour = '#0072B2';
/** Tooltip lines are written in the text colour: Recharts colours them like their bars, too light to read on white. */
const tooltipItemStyle = { color: 'var(--text)' };

/** Wide screens get room for longer axis labels. */
const wideQuery = '(min-width: 760px)';

export interface BarDatum {
  label: string;
  value: number;
  colour?: string;
}

export interface HorizontalBarsProps {
  data: BarDatum[];
  /** What the values are, in the reader's language: the tooltip names it. */
  valueLabel: string;
  /** Characters per axis-label line, on narrow and on wide screens (see `labelWidths`). */
  labelChars?: [number, number];
  /** Lines an axis label may take before it is shortened; the full label shows on hover and in the table. */
  labelLines?: number;
  /** A fixed end of the value axis (100 for percentages); otherwise whole-number ticks that fit the data. */
  max?: number;
  formatValue?: (value: number) => string;
}

/** An axis label broken into lines, with the full text as its SVG title (shown on hover). */
function WrappedTick({
  x,
  y,
  payload,
  width,
  lines,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  width: number;
  lines: number;
}) {
  const label = String(payload?.value ?? '');
  const parts = wrapLabel(label, width, lines);
  const lineHeight = 14;
  const top = -((parts.length - 1) * lineHeight) / 2;
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{label}</title>
      <text textAnchor="end" fill={axisColour} fontSize={12} dominantBaseline="middle">
        {parts.map((part, index) => (
          <tspan key={`${index}-${part}`} x={-6} dy={index === 0 ? top : lineHeight}>
            {part}
          </tspan>
        ))}
      </text>
    </g>
  );
}

const columnLabelLines = 3;

/** A column's label under it, word-wrapped to the column's width. */
function ColumnTick({
  x,
  y,
  payload,
  width,
  columns,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  width?: number;
  columns: number;
}) {
  const label = String(payload?.value ?? '');
  // Recharts hands the axis width; each column gets its share, at about 6 px a character of 11 px type.
  const chars = Math.max(6, Math.floor((width ?? 280) / Math.max(1, columns) / 6));
  const parts = wrapLabel(label, chars, columnLabelLines);
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{label}</title>
      <text textAnchor="middle" fill={axisColour} fontSize={11}>
        {parts.map((part, index) => (
          <tspan key={`${index}-${part}`} x={0} dy={14}>
            {part}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function HorizontalBars({
  data,
  valueLabel,
  labelChars = defaultLabelChars,
  labelLines = defaultLabelLines,
  max,
  formatValue,
}: HorizontalBarsProps) {
  const wide = useMediaQuery(wideQuery);
  const chars = wide ? labelChars[1] : labelChars[0];
  // A fixed end (100 %) gets quarters on wide screens and halves on a phone, where quarters crowd.
  const ticks =
    max === undefined
      ? integerTicks(Math.max(0, ...data.map((d) => d.value)))
      : Array.from({ length: wide ? 5 : 3 }, (_, i) => (max * i) / (wide ? 4 : 2));
  const format = formatValue ?? ((value: number) => String(value));
  const margin = { top: 4, right: 24, bottom: 4, left: 4 };
  const axisWidth = Math.round(chars * 8) + 10;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={margin} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e3e6ea" />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, max ?? ticks.at(-1) ?? 'auto']}
          ticks={ticks}
          interval={0}
          tick={{ fill: axisColour, fontSize: 12 }}
          tickFormatter={formatValue}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tick={<WrappedTick width={chars} lines={labelLines} />}
          interval={0}
        />
        {/* A long label (a responsible body's name) wraps: the tooltip is never wider than the plot, so Recharts
            can always place it inside the chart, to the left of the pointer when the right has no room. */}
        <Tooltip
          formatter={(value) => [format(Number(value)), valueLabel]}
          wrapperStyle={{ maxWidth: `calc(100% - ${margin.left + axisWidth + margin.right}px)` }}
          contentStyle={{ whiteSpace: 'normal', overflowWrap: 'break-word', fontSize: '0.875rem' }}
          itemStyle={tooltipItemStyle}
        />
        <Bar dataKey="value" name={valueLabel} isAnimationActive={false} radius={[0, 4, 4, 0]}>
          {data.map((datum) => (
            <Cell key={datum.label} fill={datum.colour ?? barColour} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * A column's tooltip lists only the stacks it holds: a list of every series at 0 would read as data. An
 * empty column says so in words.
 */
function ColumnTooltip(props: TooltipContentProps<TooltipValueType, string | number>) {
  const { t } = useTranslation();
  const { active, payload, label } = props;
  if (!active || !payload?.length) return null;
  const held = payload.filter((entry) => Number(entry.value ?? 0) !== 0);
  if (held.length > 0) return <DefaultTooltipContent {...props} payload={held} />;
  return (
    <div className="recharts-default-tooltip chart-tooltip-empty">
      <p className="recharts-tooltip-label">{label}</p>
      <p>{t('overview.charts.columnEmpty')}</p>
    </div>
  );
}

export interface StackedColumnsProps {
  data: Record<string, string | number>[];
  xKey: string;
  series: { key: string; label: string; colour: string }[];
  /** Few named categories: every label shows, wrapped under its column, instead of some being skipped to fit. */
  everyLabel?: boolean;
}

export function StackedColumns({ data, xKey, series, everyLabel = false }: StackedColumnsProps) {
  const ticks = integerTicks(
    Math.max(0, ...data.map((row) => series.reduce((sum, s) => sum + Number(row[s.key] ?? 0), 0))),
  );
  return (
    <ResponsiveContainer width="100%" height={columnsHeight}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6ea" />
        {everyLabel ? (
          <XAxis
            dataKey={xKey}
            interval={0}
            height={columnLabelLines * 14 + 10}
            tick={<ColumnTick columns={data.length} />}
          />
        ) : (
          <XAxis dataKey={xKey} tick={{ fill: axisColour, fontSize: 12 }} />
        )}
        <YAxis
          allowDecimals={false}
          width={32}
          domain={[0, ticks.at(-1) ?? 'auto']}
          ticks={ticks}
          interval={0}
          tick={{ fill: axisColour, fontSize: 12 }}
        />
        <Tooltip itemStyle={tooltipItemStyle} content={(props) => <ColumnTooltip {...props} />} />
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
