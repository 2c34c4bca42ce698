/** A quote's place in a text, in Unicode code points. */
export interface Span {
  start: number;
  end: number;
}

const codePoints = (text: string) => Array.from(text).length;

/**
 * Finds the one place a quote stands in the text, as code-point offsets (what the API and the web
 * count in). Throws an Error when the quote is missing or stands more than once.
 */
export function locateQuote(text: string, quote: string): Span {
  const index = text.indexOf(quote);
  if (index === -1) throw new Error(`Quote not found in the source: «${quote}»`);
  if (text.indexOf(quote, index + 1) !== -1) throw new Error(`Quote stands more than once in the source: «${quote}»`);
  const start = codePoints(text.slice(0, index));
  return { start, end: start + codePoints(quote) };
}
