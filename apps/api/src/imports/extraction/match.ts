import { tokenize } from './text.ts';

/** An initiative already tracked, as the matcher reads it. */
export interface KnownInitiative {
  id: string;
  title: { ru: string; en: string | null };
  quote: string;
}

/** The initiative a candidate most likely reports on, with its cosine similarity (0–1). */
export interface MatchProposal {
  matchId: string | null;
  score: number;
}

// Function words carry no topic; dropping them keeps two unrelated sentences from looking alike.
const stopStems = new Set(
  'и в во на по с со к ко о об от для при из за до не но а же что как это эт так уже все вс все его их ее мы он она они был был быт будет также так был'.split(
    ' ',
  ),
);

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { stem } of tokenize(text)) {
    if (stem.length < 2 || stopStems.has(stem) || /^\d+$/u.test(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return counts;
}

/**
 * Proposes, for each candidate (in order), the existing initiative it reports on: TF-IDF cosine over
 * Snowball stems (function words dropped) between the candidate's quote and each initiative's
 * Russian title plus its original quote, IDF taken over the initiatives. The English title is not
 * compared, since the rules read Russian releases. `matchId` is null below `threshold` (0–1).
 */
export function matchInitiatives(
  candidates: ReadonlyArray<{ quote: string }>,
  initiatives: readonly KnownInitiative[],
  threshold = 0.35,
): MatchProposal[] {
  const documents = initiatives.map((initiative) => bag(`${initiative.title.ru} ${initiative.quote}`));
  const documentFrequency = new Map<string, number>();
  for (const document of documents)
    for (const stem of document.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const idf = (stem: string) => Math.log((1 + documents.length) / (1 + (documentFrequency.get(stem) ?? 0))) + 1;
  const weigh = (counts: Map<string, number>) => {
    const vector = new Map<string, number>();
    for (const [stem, count] of counts) vector.set(stem, count * idf(stem));
    return vector;
  };
  const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  const vectors = documents.map(weigh);
  const norms = vectors.map(norm);
  return candidates.map(({ quote }) => {
    const vector = weigh(bag(quote));
    const length = norm(vector);
    let best: MatchProposal = { matchId: null, score: 0 };
    vectors.forEach((other, index) => {
      let dot = 0;
      for (const [stem, weight] of vector) dot += weight * (other.get(stem) ?? 0);
      const denominator = length * (norms[index] ?? 0);
      const score = denominator === 0 ? 0 : dot / denominator;
      if (score > best.score) best = { matchId: initiatives[index]?.id ?? null, score };
    });
    return best.score >= threshold ? best : { matchId: null, score: best.score };
  });
}
