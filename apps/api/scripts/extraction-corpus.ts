import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '@civic/shared';
import { add, type Figures, figures, type GoldSpan, type Scores, score } from '../src/imports/extraction/evaluate.ts';
import { extract } from '../src/imports/extraction/extract.ts';

export const corpusDir = path.join(import.meta.dirname, '../test/fixtures/extraction-corpus');

/** One labelled document of the development corpus (`<name>.ru.txt` + `<name>.gold.json`). */
export interface CorpusDocument {
  name: string;
  file: string;
  title: string;
  language: Language;
  writtenForDevelopment: boolean;
  publishedAt: string | null;
  spans: GoldSpan[];
  text: string;
}

export function loadCorpus(dir = corpusDir): CorpusDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Omit<CorpusDocument, 'name' | 'text'>;
      return { ...gold, name: file.replace('.gold.json', ''), text: readFileSync(path.join(dir, gold.file), 'utf8') };
    });
}

export interface Evaluation {
  documents: Array<{ name: string; scores: Scores; figures: Figures }>;
  overall: { scores: Scores; figures: Figures };
}

/** Runs the extractor on every document and scores it against the gold spans. */
export function evaluateCorpus(corpus = loadCorpus()): Evaluation {
  const documents = corpus.map((doc) => {
    const scores = score(doc.spans, extract({ text: doc.text, language: doc.language }).candidates);
    return { name: doc.name, scores, figures: figures(scores) };
  });
  const total = documents.reduce<Scores>((sum, doc) => add(sum, doc.scores), {
    gold: 0,
    proposed: 0,
    matched: 0,
    kindRight: 0,
    ownerRight: 0,
    statusRight: 0,
  });
  return { documents, overall: { scores: total, figures: figures(total) } };
}
