import { type Stretch, tokenize } from './text.ts';

/** A sentence, and whether it stands alone on its line without closing punctuation (a headline, a signature). */
export interface Sentence extends Stretch {
  bare: boolean;
  /** Index of the paragraph (line) it belongs to. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });

// The segmenter ends a sentence after an initial ("Д. Назарбаева") or a short abbreviation ("г.", "т.е.").
const endsInAbbreviation =
  /(?:^|[\s.(«"])(?:\p{Lu}|г|гг|т\.?е|т\.?к|т\.?н|им|ст|п|пп|см|тыс|млн|млрд|руб|ул|обл|р-н)\.\s*$/u;

// …and keeps "…закон. 31 марта 2022 года в Сенате…" as one sentence, since a lowercase word follows the number.
const beforeDate = /(?<=[\p{Ll}»")][.!?…][ \t]+)(?=\d{1,2}[ .])/gu;

function* segments(text: string): Generator<{ index: number; segment: string }> {
  for (const { index, segment } of segmenter.segment(text)) {
    let from = 0;
    for (const match of segment.matchAll(beforeDate)) {
      yield { index: index + from, segment: segment.slice(from, match.index) };
      from = match.index ?? from;
    }
    yield { index: index + from, segment: segment.slice(from) };
  }
}

/**
 * Splits the text into sentences with `Intl.Segmenter('ru')`, mending its breaks after initials and
 * adding the break it misses before a sentence that opens with a date.
 */
export function splitSentences(text: string): Sentence[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of segments(text)) {
    const previous = spans.at(-1);
    const glue =
      previous &&
      endsInAbbreviation.test(text.slice(previous.start, previous.end)) &&
      !text.slice(previous.start, previous.end).endsWith('\n');
    if (previous && glue) previous.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
  }
  let paragraph = 0;
  const sentences: Sentence[] = [];
  for (const span of spans) {
    let end = span.end;
    while (end > span.start && /\s/u.test(text[end - 1] ?? '')) end--;
    let start = span.start;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    if (start < end) {
      const own = text.slice(start, end);
      sentences.push({ start, end, tokens: tokenize(text, start, end), bare: !/[.!?…»"]$/u.test(own), paragraph });
    }
    if (text.slice(span.start, span.end).includes('\n')) paragraph++;
  }
  return sentences;
}
