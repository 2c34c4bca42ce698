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

/** Splits the text into sentences with `Intl.Segmenter('ru')`, mending its breaks after initials. */
export function splitSentences(text: string): Sentence[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { index, segment } of segmenter.segment(text)) {
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
