import type { Initiative } from '@civic/shared/schemas';
import { type Language, type Rating, ratings, type ScaleLevel, scaleLevels } from '@civic/shared/vocabulary';
import { initiativeTitle, markedText } from '../../lib/pick-text.ts';

export interface ProgressRow {
  initiative: Initiative;
  parent: Initiative | null;
  depth: number;
}

/** Initiatives ordered so that each parent is followed by its children (any depth), keeping source order. */
export function groupUnderParents(initiatives: readonly Initiative[]): ProgressRow[] {
  const ids = new Set(initiatives.map((item) => item.id));
  const byId = new Map(initiatives.map((item) => [item.id, item]));
  const children = new Map<string, Initiative[]>();
  for (const item of initiatives) {
    if (item.parentId && ids.has(item.parentId)) {
      children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
    }
  }
  const rows: ProgressRow[] = [];
  const seen = new Set<string>();
  const visit = (item: Initiative, depth: number) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    rows.push({ initiative: item, parent: item.parentId ? (byId.get(item.parentId) ?? null) : null, depth });
    for (const child of children.get(item.id) ?? []) visit(child, depth + 1);
  };
  for (const item of initiatives) if (!item.parentId || !ids.has(item.parentId)) visit(item, 0);
  // A cycle in bad data would leave items unvisited; show them at the top level rather than drop them.
  for (const item of initiatives) visit(item, 0);
  return rows;
}

/**
 * An initiative's title where only a string fits (its bar's label, the chart's text alternative): the
 * title as the list shows it, "(ru)" after a Russian one standing in (an English title not yet given).
 */
export const initiativeTitleText = (item: Initiative, lang: Language) => markedText(initiativeTitle(item), lang);

/** A bar's label in the progress chart: a child's title is indented with an arrow under its parent's. */
export const progressLabel = ({ initiative, depth }: ProgressRow, lang: Language) =>
  `${depth > 0 ? '↳ ' : ''}${initiativeTitleText(initiative, lang)}`;

/** Shortens a label to `max` characters with an ellipsis; the full text stays in the table and tooltip. */
export function shorten(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Breaks an axis label into at most `maxLines` lines of at most `width` characters, at spaces; a word
 * longer than a line is cut, and what does not fit in the last line ends in an ellipsis. Every line
 * but a shortened last one is a run of whole words of the label, so two labels stay told apart as
 * long as they differ in their first `width × maxLines` characters.
 */
export function wrapLabel(label: string, width: number, maxLines: number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (Array.from(candidate).length <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => Array.from(l).length <= width)) return lines;
  const kept = lines.slice(0, maxLines - 1).map((l) => shorten(l, width));
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...kept, shorten(rest, width)];
}

/**
 * Whole-number axis ticks from 0 that cover `max` with at most about `most` steps of 1, 2 or 5 × 10ⁿ:
 * a largest count of 2 gives 0, 1, 2 (never a 4 with nothing to reach it).
 */
export function integerTicks(max: number, most = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= most);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  return ticks;
}

/** Characters per axis-label line of a bar chart, on narrow and on wide screens. */
export const defaultLabelChars: [number, number] = [20, 30];
/** Lines an axis label may take. */
export const defaultLabelLines = 3;

/** How many lines the longest of these labels takes at the narrow width (the chart's height follows it). */
export function labelLinesNeeded(labels: readonly string[], chars = defaultLabelChars[0], most = defaultLabelLines) {
  return Math.max(1, ...labels.map((label) => wrapLabel(label, chars, most).length));
}

/** Pixel height of one bar's row for a label of this many lines. */
const rowHeight = (lines: number) => Math.max(34, lines * 15 + 8);

/** Height of a horizontal bar chart with this many bars; the placeholder takes the same, so nothing moves. */
export function barsHeight(bars: number, lines = 1): number {
  return Math.max(120, bars * rowHeight(lines) + 40);
}

export const columnsHeight = 280;

/** An independent rating, or none: the stacks of the official-vs-independent chart. */
export type IndependentColumn = Rating | 'none';
export const independentColumns: readonly IndependentColumn[] = [...ratings, 'none'];

/**
 * The official-vs-independent matrix: for each level of the official rating (scaleLevels), how many
 * initiatives have each latest independent rating, or none.
 */
export function ratingMatrix(
  initiatives: readonly Initiative[],
): Record<ScaleLevel, Record<IndependentColumn, number>> {
  const empty = () => Object.fromEntries(independentColumns.map((c) => [c, 0])) as Record<IndependentColumn, number>;
  const matrix = Object.fromEntries(scaleLevels.map((level) => [level, empty()])) as Record<
    ScaleLevel,
    Record<IndependentColumn, number>
  >;
  for (const item of initiatives) {
    const official = item.officialRating === 'cannot_assess' ? undefined : matrix[item.officialRating];
    if (official) official[item.latestAssessment?.rating ?? 'none'] += 1;
  }
  return matrix;
}
