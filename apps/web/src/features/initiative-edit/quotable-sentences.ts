// A sentence ends at . ! ? or … followed by space and a capital letter or an opening quote, or at a line break.
const sentenceEnd = /(?<=[.!?…])\s+(?=[\p{Lu}«"])/u;

/**
 * The sentences of a source an initiative may quote: each stands exactly once in the text, as the API
 * requires of a quote, so choosing one always quotes the source verbatim.
 */
export function quotableSentences(text: string): string[] {
  const sentences = text
    .split(/\n+/)
    .flatMap((line) => line.split(sentenceEnd))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0 && sentence.length <= 2000);
  return [...new Set(sentences)].filter((sentence) => text.indexOf(sentence) === text.lastIndexOf(sentence));
}
