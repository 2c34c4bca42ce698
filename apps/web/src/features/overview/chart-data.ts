import type { Initiative } from '@civic/shared/schemas';

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

/** Shortens a label for an axis; the full text stays in the table and tooltip. */
export function shorten(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Height of a horizontal bar chart with this many bars; the placeholder takes the same, so nothing moves. */
export function barsHeight(bars: number): number {
  return Math.max(120, bars * 34 + 40);
}

export const columnsHeight = 280;
