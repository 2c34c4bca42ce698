import { foldWord, type StemTest, stem } from './stems.ts';

/** A word of the text; offsets are UTF-16 indices into it (converted to code points only at the end). */
export interface Token {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
}

/** A stretch of the text with its words. */
export interface Stretch {
  start: number;
  end: number;
  tokens: Token[];
}

const wordPattern = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  wordPattern.lastIndex = 0;
  const part = text.slice(from, to);
  for (const match of part.matchAll(wordPattern)) {
    const start = from + (match.index ?? 0);
    tokens.push({
      text: match[0],
      lower: foldWord(match[0]),
      stem: stem(match[0]),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

/** Where a phrase (consecutive words) starts among the tokens, from `from` on; -1 when nowhere. */
export function findPhrase(tokens: readonly Token[], phrase: readonly StemTest[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (!phrase[j]?.(tokens[i + j]?.stem ?? '')) continue outer;
    }
    return i;
  }
  return -1;
}

/** UTF-16 index → code-point index, for every index of the text (one pass, then O(1) per lookup). */
export function codePointIndex(text: string): (utf16: number) => number {
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const unit = text.charCodeAt(i);
    // A high surrogate and the low one after it are one code point.
    if (!(unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length)) points++;
  }
  map[text.length] = points;
  return (utf16) => map[utf16] ?? points;
}

/** Shrinks [start, end) past spaces and the punctuation that never begins or ends a quote. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const edge = /[\s,;:.\-–—()]/u;
  let s = start;
  let e = end;
  while (s < e && edge.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:\-–—(]/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * Many phrases searched at once: for each distinct stem it remembers which phrases may start there,
 * so a text is read once per phrase list instead of once per phrase.
 */
export function phraseIndex(phrases: ReadonlyArray<readonly StemTest[]>) {
  const startsByStem = new Map<string, number[]>();
  const startingAt = (stem: string) => {
    let starts = startsByStem.get(stem);
    if (!starts) {
      starts = phrases.flatMap((phrase, i) => (phrase[0]?.(stem) ? [i] : []));
      if (startsByStem.size > 50_000) startsByStem.clear();
      startsByStem.set(stem, starts);
    }
    return starts;
  };
  const matchesAt = (tokens: readonly Token[], phrase: readonly StemTest[], at: number) =>
    phrase.every((test, j) => j === 0 || test(tokens[at + j]?.stem ?? ''));
  return {
    /** The phrases (by index, longest first where several do) that start at token `at`. */
    at(tokens: readonly Token[], at: number): number[] {
      return startingAt(tokens[at]?.stem ?? '').filter((i) => matchesAt(tokens, phrases[i] ?? [], at));
    },
    /** Where each phrase first stands among the tokens (-1 when nowhere), by phrase index. */
    first(tokens: readonly Token[]): number[] {
      const found = phrases.map(() => -1);
      tokens.forEach((token, at) => {
        for (const i of startingAt(token.stem)) {
          if (found[i] === -1 && matchesAt(tokens, phrases[i] ?? [], at)) found[i] = at;
        }
      });
      return found;
    },
  };
}
