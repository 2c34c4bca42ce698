import type { Sentence } from './sentences.ts';
import type { Stretch, Token } from './text.ts';

/** How a clause joins the one before it. */
export type ClauseLead = 'none' | 'list' | 'nested' | 'contrast' | 'subordinate';

/** A stretch of a sentence between commas, semicolons, colons or dashes (never inside «…»). */
export interface Clause extends Stretch {
  lead: ClauseLead;
  /** Start of the clause's own words, after the joining words ("а также", "в частности"). */
  bodyStart: number;
}

const leads: Array<{ words: string[]; lead: ClauseLead }> = [
  { words: ['в', 'частности'], lead: 'nested' },
  { words: ['в', 'том', 'числе'], lead: 'nested' },
  { words: ['включая'], lead: 'nested' },
  { words: ['а', 'также'], lead: 'list' },
  { words: ['а', 'кроме', 'того'], lead: 'list' },
  { words: ['и'], lead: 'list' },
  { words: ['а'], lead: 'contrast' },
  { words: ['но'], lead: 'contrast' },
  { words: ['чтобы'], lead: 'subordinate' },
  { words: ['что'], lead: 'subordinate' },
  { words: ['который'], lead: 'subordinate' },
  { words: ['которая'], lead: 'subordinate' },
  { words: ['которые'], lead: 'subordinate' },
  { words: ['как'], lead: 'subordinate' },
];

function leadOf(tokens: readonly Token[]): { lead: ClauseLead; skip: number } {
  for (const { words, lead } of leads) {
    if (words.every((word, i) => tokens[i]?.lower === word)) return { lead, skip: words.length };
  }
  return { lead: 'none', skip: 0 };
}

/** Where the sentence breaks into clauses: separators outside guillemets, as UTF-16 indices. */
function breaks(text: string, sentence: Sentence): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const char = text[i];
    if (char === '«') depth++;
    else if (char === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === ',' || char === ';' || char === ':')) cuts.push([i, i + 1]);
    else if (depth === 0 && /[-–—]/u.test(char ?? '') && text[i - 1] === ' ' && text[i + 1] === ' ')
      cuts.push([i, i + 1]);
  }
  return cuts;
}

/** Splits a sentence into clauses; "не только …, но и …" stays one clause. */
export function splitClauses(text: string, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let from = sentence.start;
  for (const [cut, next] of [...breaks(text, sentence), [sentence.end, sentence.end] as [number, number]]) {
    const tokens = sentence.tokens.filter((token) => token.start >= from && token.end <= cut);
    if (tokens.length > 0) {
      const { lead, skip } = leadOf(tokens);
      const previous = clauses.at(-1);
      const butAlso = tokens[0]?.lower === 'но' && tokens[1]?.lower === 'и';
      if (previous && butAlso && previous.tokens.some((token) => token.lower === 'только')) {
        previous.end = cut;
        previous.tokens.push(...tokens);
      } else {
        const body = tokens[skip] ?? tokens[0];
        clauses.push({ start: from, end: cut, tokens, lead, bodyStart: body?.start ?? from });
      }
    }
    from = next;
  }
  return clauses;
}
