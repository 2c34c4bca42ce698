import { lazyModule } from '../../lazy-module.ts';

const snowball = lazyModule<typeof import('snowball-stemmers')>('snowball-stemmers');
let russian: ReturnType<ReturnType<typeof snowball>['newStemmer']> | undefined;

/** Lowercase, ё folded into е: the form every comparison of words uses. */
export const foldWord = (word: string) => word.toLocaleLowerCase('ru').replaceAll('ё', 'е');

// Words Snowball cuts too short to tell apart: "аким" → "ак" (as «Ак жол»), "следует" → "след" (as "следующее").
const kept = new Map([
  ['аким', 'аким'],
  ['следует', 'следует'],
]);

/** The Snowball (Russian) stem of a word, after folding. */
export function stem(word: string): string {
  const folded = foldWord(word);
  const known = kept.get(folded) ?? cache.get(folded);
  if (known !== undefined) return known;
  russian ??= snowball().newStemmer('russian');
  const stemmed = russian.stem(folded);
  if (cache.size > 50_000) cache.clear();
  cache.set(folded, stemmed);
  return stemmed;
}

// Press releases repeat their words; a bounded cache saves most of the stemming.
const cache = new Map<string, string>();

/** Tests one token's stem. */
export type StemTest = (tokenStem: string) => boolean;

/**
 * Compiles a stem pattern as the rule tables write it: `созда` matches exactly that stem,
 * `рекомендац*` any stem starting so (Snowball leaves some forms of one word with different stems:
 * ассамбле/ассамбл), and `приня*|одобр*` either.
 */
export function stemTest(pattern: string): StemTest {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const spec of pattern.split('|')) {
    if (spec.endsWith('*')) prefixes.push(spec.slice(0, -1));
    else exact.add(spec);
  }
  // Patterns hold only letters and hyphens, which need no escaping outside a character class.
  const prefixed = prefixes.length > 0 ? new RegExp(`^(?:${prefixes.join('|')})`, 'u') : undefined;
  // A text has far fewer distinct stems than words, so each answer is kept.
  const answers = new Map<string, boolean>();
  return (tokenStem) => {
    let answer = answers.get(tokenStem);
    if (answer === undefined) {
      answer = exact.has(tokenStem) || (prefixed?.test(tokenStem) ?? false);
      if (answers.size > 50_000) answers.clear();
      answers.set(tokenStem, answer);
    }
    return answer;
  };
}

/** A phrase pattern: stem patterns of consecutive words, space-separated (`социальн* сет*`). */
export const phraseTest = (phrase: string): StemTest[] => phrase.split(' ').map(stemTest);
