import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/extraction-corpus.ts';
import { extract } from '../src/imports/extraction/extract.ts';

const byCodePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('extraction: dates, places, languages and offsets', () => {
  it.each([
    ['Астана, 31.03.2022\nСенат одобрил закон о связи.', '2022-03-31', '31.03.2022'],
    ['31 марта 2022 года в Сенате создан Совет по делам молодёжи.', '2022-03-31', '31 марта 2022 года'],
  ])('when the text states its date (%s), then it is proposed with its quote', (text, value, quote) => {
    const { facts } = extract({ text, language: 'ru' });
    expect(facts.publishedAt).toMatchObject({ value, quote });
    expect(byCodePoints(text, facts.publishedAt?.start ?? 0, facts.publishedAt?.end ?? 0)).toBe(quote);
  });

  it("when a candidate's own sentence states a date, then it carries that date as proposed, and others none", () => {
    const text = 'Сенат одобрил закон о связи. 31 марта 2022 года в Сенате создан Совет по делам молодёжи.';
    const [law, council] = extract({ text, language: 'ru' }).candidates;
    expect(law?.facts.date).toBeUndefined();
    expect(council?.facts.date).toMatchObject({ value: '2022-03-31', quote: '31 марта 2022 года' });
  });

  it('when the text states no full date, then no date is proposed, however the text reads', () => {
    for (const text of [
      '31 марта в Сенате создан Совет по делам молодёжи.',
      'Сенат одобрил закон 31.02.2022.',
      'Мажилис принял закон о связи.',
    ]) {
      expect(extract({ text, language: 'ru' }).facts.publishedAt).toBeUndefined();
    }
  });

  it('when the text names a region, then it is proposed as the place in the nominative', () => {
    const text = 'Во время поездки в Актюбинскую область в акимате создан Центр поддержки инициатив.';
    const { facts, candidates } = extract({ text, language: 'ru' });
    expect(facts.place).toMatchObject({ value: 'Актюбинская область', quote: 'Актюбинскую область' });
    expect(candidates[0]?.ownerId).toBe('aktobe-akimat');
  });

  it("when the text names a region, then its bodies' initiatives are proposed in that region, national ones in KZ", () => {
    const text =
      'В Актюбинской области при акимате создан общественный совет. Сенат одобрил закон о местном самоуправлении.';
    const { candidates } = extract({ text, language: 'ru' });
    expect(candidates.map((c) => [c.ownerId, c.region])).toEqual([
      ['aktobe-akimat', 'KZ-15'],
      ['parliament', 'KZ'],
    ]);
  });

  it("when the text names only a region's city, then the city is the place and its region the region", () => {
    const text = 'В городе Актобе прошла сессия маслихата. Депутаты маслихата создали молодёжный совет.';
    const { facts, candidates } = extract({ text, language: 'ru' });
    expect(facts.place).toMatchObject({ value: 'Актобе', quote: 'Актобе' });
    expect(candidates.map((c) => [c.ownerId, c.region])).toEqual([['aktobe-maslikhat', 'KZ-15']]);
    const uralsk = extract({ text: 'В Уральске при акимате создан общественный совет.', language: 'ru' });
    expect(uralsk.candidates.map((c) => [c.ownerId, c.region])).toEqual([['akimats', 'KZ']]);
    const inUralsk = extract({ text: 'В городе Уральске при акимате создан общественный совет.', language: 'ru' });
    expect(inUralsk.facts.place).toMatchObject({ value: 'Уральск', quote: 'Уральске' });
    expect(inUralsk.candidates.map((c) => c.region)).toEqual(['KZ-27']);
  });

  it('when a city\'s name is also a common word ("Семей", of families), then it places the text only after "город"', () => {
    const families = extract({ text: 'Для многодетных семей при акимате создан общественный совет.', language: 'ru' });
    expect(families.facts.place).toBeUndefined();
    expect(families.candidates.map((c) => c.region)).toEqual(['KZ']);
    const semey = extract({ text: 'В городе Семей при акимате создан общественный совет.', language: 'ru' });
    expect(semey.facts.place).toMatchObject({ value: 'Семей', quote: 'Семей' });
    expect(semey.candidates.map((c) => [c.ownerId, c.region])).toEqual([['abai-akimat', 'KZ-10']]);
  });

  it("when a region is named only in a body's title, then no place is proposed", () => {
    const text = 'Депутаты Карагандинского областного маслихата призвали ускорить ремонт дорог.';
    expect(extract({ text, language: 'ru' }).facts.place).toBeUndefined();
  });

  it('when the text is in Kazakh, then no candidates and a note that there are no rules for Kazakh', () => {
    const text = 'Сенат Төрағасы мәслихат депутаттарымен кездесті. Кеңес Үкіметке ұсынымдар дайындады.';
    for (const language of ['kk', 'ru'] as const) {
      const result = extract({ text, language });
      expect(result.candidates).toEqual([]);
      expect(result.rulesAvailable).toBe(false);
      expect(result.notes.join(' ')).toMatch(/казахск/u);
    }
  });

  it('when an astral character stands before a span, then offsets count it as one code point', () => {
    const text = '📢🇰🇿 Новость. В Сенате создан Совет по делам молодёжи.';
    const [candidate] = extract({ text, language: 'ru' }).candidates;
    expect(candidate?.quote).toBe('В Сенате создан Совет по делам молодёжи.');
    expect(candidate?.start).toBe(Array.from(text).indexOf('В'));
    expect(candidate?.start).not.toBe(text.indexOf('В'));
    expect(byCodePoints(text, candidate?.start ?? 0, candidate?.end ?? 0)).toBe(candidate?.quote);
  });

  it('when any corpus document is read, then every quote equals the text between its code-point offsets', () => {
    for (const doc of loadCorpus()) {
      const { candidates, facts } = extract({ text: `🏛️ ${doc.text}`, language: 'ru' });
      expect(candidates.length).toBeGreaterThanOrEqual(doc.spans.length > 0 ? 1 : 0);
      for (const passage of [...candidates, ...Object.values(facts)]) {
        expect(byCodePoints(`🏛️ ${doc.text}`, passage.start, passage.end)).toBe(passage.quote);
      }
      for (const candidate of candidates) {
        expect(candidate.reasons.length).toBeGreaterThan(0);
        if (candidate.parentIndex !== null) expect(candidate.parentIndex).toBeLessThan(candidates.indexOf(candidate));
      }
    }
  });
});
