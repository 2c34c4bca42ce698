import { describe, expect, it } from 'vitest';
import { locateQuote } from '../src/quotes/locate-quote.ts';
import { article, nearMisses } from './quote-near-misses.ts';

describe('locateQuote: the verbatim rule, character for character', () => {
  for (const { name, verbatim, quote } of nearMisses) {
    it(`when the quote has ${name}, then it is not found, while the passage as written is`, () => {
      expect(() => locateQuote(article, quote)).toThrow(/not found/);
      const span = locateQuote(article, verbatim);
      expect(Array.from(article).slice(span.start, span.end).join('')).toBe(verbatim);
    });
  }

  it('when the quote stands twice, then it is refused as ambiguous', () => {
    expect(() => locateQuote(article, 'маслихат')).toThrow(/more than once/);
  });
});
