import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from '../scripts/extraction-corpus.ts';
import { initiatives } from '../src/seed/seed-data.ts';

const corpus = loadCorpus();

describe('development corpus and the measured quality of extraction', () => {
  it('when the corpus is read, then it holds the article and at least six written releases, one with nothing to track', () => {
    expect(corpus.filter((doc) => !doc.writtenForDevelopment).map((doc) => doc.name)).toEqual([
      'senate-aktobe-maslikhat',
    ]);
    expect(corpus.filter((doc) => doc.writtenForDevelopment).length).toBeGreaterThanOrEqual(6);
    expect(corpus.some((doc) => doc.spans.length === 0)).toBe(true);
  });

  it('when a gold span is read, then its quote is the text between its code-point offsets', () => {
    for (const doc of corpus) {
      for (const span of doc.spans) expect(Array.from(doc.text).slice(span.start, span.end).join('')).toBe(span.quote);
    }
  });

  it("when the article's gold is read, then it is the seed's 13 initiatives: quotes, kinds, owners, statuses, parents", () => {
    const article = corpus.find((doc) => doc.name === 'senate-aktobe-maslikhat');
    const fromSeed = initiatives.map((i) => ({
      quote: i.quote,
      kind: i.kind,
      ownerId: i.ownerId,
      status: i.status,
      legislativeStage: i.legislativeStage,
      parent: i.parentId === null ? null : initiatives.findIndex((p) => p.id === i.parentId),
    }));
    expect(article?.spans.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(fromSeed);
  });

  it('when the extractor runs on the corpus, then span recall ≥ 0.9, precision ≥ 0.7 and kind accuracy ≥ 0.8', () => {
    const { overall, documents } = evaluateCorpus(corpus);
    expect(documents).toHaveLength(corpus.length);
    expect(overall.figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(overall.figures.precision).toBeGreaterThanOrEqual(0.7);
    expect(overall.figures.kindAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
