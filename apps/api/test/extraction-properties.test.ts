import { isKind, isLegislativeStage, isStatus } from '@civic/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/extraction-corpus.ts';
import { extract } from '../src/imports/extraction/extract.ts';

const seed = Number(process.env.EXTRACT_SEED ?? 20261201);
const sentences = loadCorpus()
  .flatMap((doc) => doc.text.split(/(?<=[.!?»])\s+|\n/u))
  .filter(Boolean);
const noise = fc.constantFrom('😀', '🇰🇿', '«', '»', '\n', ' — ', ', ', '. ', '31.03.2022', 'Ё', '\u200b', '…', '"');
const piece = fc.oneof(fc.constantFrom(...sentences), noise, fc.string({ unit: 'grapheme', maxLength: 12 }));
const release = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(' '));

describe(`extraction on any text (seed ${seed})`, () => {
  it('when any mixture of release sentences, symbols and astral characters is read, then every passage is exactly where it says', () => {
    fc.assert(
      fc.property(release, (text) => {
        const points = Array.from(text);
        const { candidates, facts } = extract({ text, language: 'ru' });
        const passages = [...candidates, ...candidates.flatMap((c) => Object.values(c.facts)), ...Object.values(facts)];
        for (const { quote, start, end } of passages) {
          expect(0 <= start && start < end && end <= points.length).toBe(true);
          expect(points.slice(start, end).join('')).toBe(quote);
        }
        candidates.forEach((candidate, index) => {
          expect(isKind(candidate.kind) && isStatus(candidate.status)).toBe(true);
          expect(candidate.legislativeStage === null || isLegislativeStage(candidate.legislativeStage)).toBe(true);
          expect(candidate.parentIndex === null || candidate.parentIndex < index).toBe(true);
          expect(candidate.reasons.length).toBeGreaterThan(0);
        });
      }),
      { seed, numRuns: 300 },
    );
  });
});
