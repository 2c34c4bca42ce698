import { describe, expect, it } from 'vitest';
import { quotableSentences } from './quotable-sentences.ts';

describe('quotableSentences', () => {
  it('when a text has lines and sentences, then each sentence is offered once, as it stands in the text', () => {
    const text = 'Заголовок статьи\nПервое предложение. Второе — «в кавычках». Третье?\nЕщё одно: т.е. не конец.';
    const sentences = quotableSentences(text);
    expect(sentences).toEqual([
      'Заголовок статьи',
      'Первое предложение.',
      'Второе — «в кавычках».',
      'Третье?',
      'Ещё одно: т.е. не конец.',
    ]);
    for (const sentence of sentences) expect(text.includes(sentence)).toBe(true);
  });

  it('when a sentence stands twice, then it is not offered, since a quote must stand exactly once', () => {
    expect(quotableSentences('Повтор. Другое. Повтор.')).toEqual(['Другое.']);
  });
});
