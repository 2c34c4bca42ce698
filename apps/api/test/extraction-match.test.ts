import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/extraction-corpus.ts';
import { extract } from '../src/imports/extraction/extract.ts';
import { matchInitiatives } from '../src/imports/extraction/match.ts';
import { initiatives } from '../src/seed/seed-data.ts';

const known = initiatives.map(({ id, title, quote }) => ({ id, title: { ru: title.ru, en: title.en }, quote }));

describe('matching candidates to existing initiatives', () => {
  it('when a release reports the law passing the Mazhilis, then it matches the amendments already tracked', () => {
    const doc = loadCorpus().find((d) => d.name === 'mazhilis-law');
    const { candidates } = extract({ text: doc?.text ?? '', language: 'ru' });
    const [law, secondBill] = matchInitiatives(candidates, known);
    expect(law?.matchId).toBe('local-government-law-amendments');
    expect(law?.score).toBeGreaterThan(0.5);
    expect(secondBill?.matchId).toBeNull();
  });

  it('when the Government supports the secretary proposal, then it matches that recommendation', () => {
    const [proposal] = matchInitiatives(
      [{ quote: 'Правительство поддержало предложение о повышении статуса секретаря маслихата.' }],
      known,
    );
    expect(proposal?.matchId).toBe('maslikhat-secretary-status');
  });

  it('when a quote shares no topic with any initiative, then no match, and the score stays in 0–1', () => {
    const [none] = matchInitiatives([{ quote: 'Министерству просвещения поручено построить школы.' }], known);
    expect(none?.matchId).toBeNull();
    expect(none?.score).toBeGreaterThanOrEqual(0);
    expect(none?.score).toBeLessThan(0.35);
  });
});
