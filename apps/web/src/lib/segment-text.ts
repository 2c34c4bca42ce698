export interface PassageSpan {
  initiativeId: string;
  /** Offsets in Unicode code points, end exclusive. */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Every passage covering this piece of text. */
  passageIds: string[];
  /** Passages that begin here: the anchor for their deep link goes on this piece. */
  opens: string[];
  /** Passages that end here: the link to their initiative follows this piece. */
  closes: string[];
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/** Splits text into paragraphs (at line breaks) and each paragraph into runs covered by the same passages. */
export function segmentText(text: string, passages: readonly PassageSpan[]): Paragraph[] {
  const chars = Array.from(text);
  const valid = passages.filter((p) => p.start >= 0 && p.start < p.end && p.end <= chars.length);
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (let index = 0; index <= chars.length; index += 1) {
    if (index < chars.length && chars[index] !== '\n') continue;
    if (index > lineStart) paragraphs.push({ start: lineStart, segments: cut(chars, valid, lineStart, index) });
    lineStart = index + 1;
  }
  return paragraphs;
}

function cut(chars: string[], passages: readonly PassageSpan[], from: number, to: number): Segment[] {
  const points = new Set([from, to]);
  for (const p of passages) {
    if (p.start > from && p.start < to) points.add(p.start);
    if (p.end > from && p.end < to) points.add(p.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering = passages.filter((p) => p.start < end && p.end > start);
    segments.push({
      text: chars.slice(start, end).join(''),
      start,
      end,
      passageIds: covering.map((p) => p.initiativeId),
      opens: covering.filter((p) => p.start >= start).map((p) => p.initiativeId),
      closes: covering.filter((p) => p.end <= end).map((p) => p.initiativeId),
    });
  }
  return segments;
}
