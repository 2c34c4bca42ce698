import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatPercent } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';
import {
  dateTickCount,
  dayTime,
  labelWidth,
  type ProgressPoint,
  spreadTicks,
  timeDay,
} from '../lib/progress-series.ts';

// Loaded lazily, as every chart: Recharts stays out of a page's first load.

const axisColour = '#4a5563';
const lineColour = '#0072B2';
const percentTicks = [0, 25, 50, 75, 100];
const valueAxisWidth = 48;
const margin = { top: 8, right: 12, bottom: 4, left: 0 };

export interface ProgressStepChartProps {
  /** Two or more days, oldest first; the caller says in words what one point would show. */
  points: readonly ProgressPoint[];
  /** The series' name in the reader's language, for the tooltip. */
  seriesLabel: string;
}

/** A date tick whose first label starts at the axis and last ends there, so neither is cut at the card's edge. */
function DateTick({
  x,
  y,
  payload,
  index,
  visibleTicksCount,
  format,
}: {
  x?: number;
  y?: number;
  payload?: { value: number };
  index?: number;
  visibleTicksCount?: number;
  format: (time: number) => string;
}) {
  const last = (visibleTicksCount ?? 1) - 1;
  const anchor = index === 0 ? 'start' : index === last ? 'end' : 'middle';
  return (
    <text x={x} y={(y ?? 0) + 12} textAnchor={anchor} fill={axisColour} fontSize={12}>
      {format(Number(payload?.value ?? 0))}
    </text>
  );
}

/** Progress (0–100 %) as steps on a time axis: each value holds until the day it changed. */
export function ProgressStepChart({ points, seriesLabel }: ProgressStepChartProps) {
  const lang = useLanguage();
  const [width, setWidth] = useState(0);
  const data = points.map((point) => ({ time: dayTime(point.date), value: point.value }));
  const first = points[0]?.date ?? '';
  const last = points.at(-1)?.date ?? first;
  const day = (time: number) => formatDate(timeDay(time), lang);
  const percent = (value: number) => formatPercent(value, lang);
  // As many dates as fit the drawn axis (the chart's width less the value axis and the margin), never crowded.
  const axisWidth = width - valueAxisWidth - margin.right;
  const count = dateTickCount(axisWidth, labelWidth(day(dayTime(first))), labelWidth(day(dayTime(last))));
  const ticks = spreadTicks(first, last, count).map(dayTime);
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
      <LineChart data={data} margin={margin} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6ea" />
        <XAxis
          type="number"
          dataKey="time"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          interval={0}
          tick={<DateTick format={day} />}
        />
        <YAxis
          domain={[0, 100]}
          ticks={percentTicks}
          interval={0}
          width={valueAxisWidth}
          tickFormatter={percent}
          tick={{ fill: axisColour, fontSize: 12 }}
        />
        <Tooltip
          separator=": "
          labelFormatter={(time) => day(Number(time))}
          formatter={(value) => [percent(Number(value)), seriesLabel]}
        />
        <Line
          type="stepAfter"
          dataKey="value"
          name={seriesLabel}
          stroke={lineColour}
          strokeWidth={2}
          dot={data.length <= 40 ? { r: 3, fill: lineColour } : false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
