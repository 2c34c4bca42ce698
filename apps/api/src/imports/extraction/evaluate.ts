import type { Kind, LegislativeStage, Status } from '@civic/shared';
import type { Candidate } from './types.ts';

/** A labelled span of the development corpus; `parent` is the index of its parent span. */
export interface GoldSpan {
  quote: string;
  start: number;
  end: number;
  kind: Kind;
  ownerId: string | null;
  status: Status;
  legislativeStage: LegislativeStage | null;
  parent: number | null;
}

/** Counts for one document or the whole corpus. */
export interface Scores {
  gold: number;
  proposed: number;
  matched: number;
  kindRight: number;
  ownerRight: number;
  statusRight: number;
}

/** Scores as ratios (0–1); `null` where the denominator is zero. */
export interface Figures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  kindAccuracy: number | null;
  ownerAccuracy: number | null;
  statusAccuracy: number | null;
}

const overlapOf = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs candidates with gold spans one to one: a candidate matches a gold span when they overlap by
 * at least half of the gold span (code points); each gold span takes the unpaired candidate that
 * overlaps it most. Kind, owner and status are compared on the pairs.
 */
export function score(gold: readonly GoldSpan[], candidates: readonly Candidate[]): Scores {
  const used = new Set<number>();
  const scores: Scores = {
    gold: gold.length,
    proposed: candidates.length,
    matched: 0,
    kindRight: 0,
    ownerRight: 0,
    statusRight: 0,
  };
  for (const span of gold) {
    let best = -1;
    let bestOverlap = 0;
    candidates.forEach((candidate, index) => {
      const overlap = overlapOf(span, candidate);
      if (!used.has(index) && overlap * 2 >= span.end - span.start && overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    });
    const candidate = candidates[best];
    if (!candidate) continue;
    used.add(best);
    scores.matched++;
    if (candidate.kind === span.kind) scores.kindRight++;
    if (candidate.ownerId === span.ownerId) scores.ownerRight++;
    if (candidate.status === span.status) scores.statusRight++;
  }
  return scores;
}

export function add(a: Scores, b: Scores): Scores {
  return {
    gold: a.gold + b.gold,
    proposed: a.proposed + b.proposed,
    matched: a.matched + b.matched,
    kindRight: a.kindRight + b.kindRight,
    ownerRight: a.ownerRight + b.ownerRight,
    statusRight: a.statusRight + b.statusRight,
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Precision = matched / proposed, recall = matched / gold, F1 their harmonic mean; accuracies over matched pairs. */
export function figures(s: Scores): Figures {
  const precision = ratio(s.matched, s.proposed);
  const recall = ratio(s.matched, s.gold);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {
    precision,
    recall,
    f1,
    kindAccuracy: ratio(s.kindRight, s.matched),
    ownerAccuracy: ratio(s.ownerRight, s.matched),
    statusAccuracy: ratio(s.statusRight, s.matched),
  };
}
