import { localDay } from '@civic/shared/vocabulary';

/** Progress (0–100) at the end of one local day ("YYYY-MM-DD"). */
export interface ProgressPoint {
  date: string;
  value: number;
}

/** What the progress chart needs of a history entry. */
export interface ProgressEntry {
  at: string;
  fromProgress: number | null;
  toProgress: number;
}

/**
 * One local day of an initiative's progress: `value` at its end (the point the chart draws), `from` at
 * its start, and `steps`, every value a change reached that day in order (empty on the day the series
 * begins when nothing moved then), so changes within one day stay countable and readable.
 */
export interface ProgressDay extends ProgressPoint {
  from: number;
  steps: number[];
}

/**
 * One initiative's progress at the end of each local day of `timeZone` on which it moved, oldest first,
 * from its history in any order. The series starts on the day of the first entry with the progress it
 * began with (the entry's "from", or its "to" when it created the initiative); every change is kept in
 * its day's steps, and a day whose changes cancel out keeps its point.
 */
export function progressByDay(entries: readonly ProgressEntry[], timeZone: string): ProgressDay[] {
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  const first = ordered[0];
  if (!first) return [];
  const start = first.fromProgress ?? first.toProgress;
  const days: ProgressDay[] = [{ date: localDay(first.at, timeZone), value: start, from: start, steps: [] }];
  for (const entry of ordered) {
    if (entry.fromProgress === null || entry.fromProgress === entry.toProgress) continue;
    const date = localDay(entry.at, timeZone);
    const last = days.at(-1);
    if (last?.date === date) {
      last.value = entry.toProgress;
      last.steps.push(entry.toProgress);
    } else {
      days.push({ date, value: entry.toProgress, from: last?.value ?? start, steps: [entry.toProgress] });
    }
  }
  return days;
}

/** A day "YYYY-MM-DD" as a number on the chart's time axis (its UTC midnight, in ms). */
export const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The day a time-axis number stands for. */
export const timeDay = (time: number) => new Date(time).toISOString().slice(0, 10);

const dayMs = 86_400_000;

/**
 * At most `most` days from `first` to `last` (both included) as ticks of a time axis, spread evenly in
 * time, so labels never crowd however many days the series spans.
 */
export function spreadTicks(first: string, last: string, most: number): string[] {
  const start = dayTime(first);
  const days = Math.max(0, Math.round((dayTime(last) - start) / dayMs));
  const count = Math.min(most, days + 1);
  if (count <= 1) return [first];
  const ticks = Array.from({ length: count }, (_, i) => timeDay(start + Math.round((i * days) / (count - 1)) * dayMs));
  return [...new Set(ticks)];
}

/** Rough width in pixels of a 12 px axis label: enough to keep labels apart, not to lay them out. */
export const labelWidth = (label: string) => Array.from(label).length * 7;

/**
 * How many date ticks fit a time axis `width` pixels wide whose first and last labels are `firstWidth`
 * and `lastWidth` pixels: the first label starts at the axis and the last ends there, the others are
 * centred, with a gap between.
 */
export function dateTickCount(width: number, firstWidth: number, lastWidth: number, most = 5): number {
  const gap = 8;
  if (width < firstWidth + lastWidth + gap) return 1;
  const fits = Math.floor(width / (1.5 * Math.max(firstWidth, lastWidth) + gap)) + 1;
  return Math.max(2, Math.min(most, fits));
}
