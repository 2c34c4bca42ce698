import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatPercent } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';
import { dayTime, type ProgressPoint, spreadTicks, timeDay } from '../lib/progress-series.ts';
import { useWideScreen } from '../lib/use-wide-screen.ts';

// Loaded lazily, as every chart: Recharts stays out of a page's first load.

const axisColour = '#4a5563';
const lineColour = '#0072B2';
const percentTicks = [0, 25, 50, 75, 100];

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
  const anchor = index === 0 && last > 0 ? 'start' : index === last && last > 0 ? 'end' : 'middle';
  return (
    <text x={x} y={(y ?? 0) + 12} textAnchor={anchor} fill={axisColour} fontSize={12}>
      {format(Number(payload?.value ?? 0))}
    </text>
  );
}

/** Progress (0–100 %) as steps on a time axis: each value holds until the day it changed. */
export function ProgressStepChart({ points, seriesLabel }: ProgressStepChartProps) {
  const lang = useLanguage();
  const wide = useWideScreen();
  const data = points.map((point) => ({ time: dayTime(point.date), value: point.value }));
  const first = points[0]?.date ?? '';
  const last = points.at(-1)?.date ?? first;
  // A phone has room for the first and the last date only: Kazakh dates run to some 18 characters.
  const ticks = spreadTicks(first, last, wide ? 5 : 2).map(dayTime);
  const day = (time: number) => formatDate(timeDay(time), lang);
  const percent = (value: number) => formatPercent(value, lang);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
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
          width={48}
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
