import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');

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
  return kept.get(folded) ?? russian.stem(folded);
}

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
  return (tokenStem) => exact.has(tokenStem) || prefixes.some((prefix) => tokenStem.startsWith(prefix));
}

/** A phrase pattern: stem patterns of consecutive words, space-separated (`социальн* сет*`). */
export const phraseTest = (phrase: string): StemTest[] => phrase.split(' ').map(stemTest);
