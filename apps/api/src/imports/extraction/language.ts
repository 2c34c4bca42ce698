import type { ExtractionInput } from './types.ts';

const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const cyrillic = /[а-яёА-ЯЁ]/u;

/** Share of Kazakh-only letters among the Cyrillic ones, counted without building arrays. */
function kazakhShare(text: string): number {
  let kazakh = 0;
  let all = 0;
  for (const char of text) {
    if (kazakhLetters.test(char)) kazakh++;
    else if (cyrillic.test(char)) all++;
  }
  return kazakh / Math.max(1, kazakh + all);
}

/**
 * Why no rules apply to the text, in words for the official; undefined when the Russian rules do.
 * Kazakh, English, and Russian-declared text with more than 2 % Kazakh-only letters get none.
 */
export function rulesMissing({ text, language }: ExtractionInput): string | undefined {
  if (language === 'kk') return 'Правил извлечения для казахского языка пока нет: отметьте фрагменты вручную.';
  if (language !== 'ru') return `Правил извлечения для языка «${language}» пока нет: отметьте фрагменты вручную.`;
  if (kazakhShare(text) > 0.02) {
    return 'Текст похож на казахский, а правил для казахского языка пока нет: отметьте фрагменты вручную.';
  }
  return undefined;
}
