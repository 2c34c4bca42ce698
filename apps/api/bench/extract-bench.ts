import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../scripts/extraction-corpus.ts';
import { extract } from '../src/imports/extraction/extract.ts';
import { median } from './figure.ts';

/** A release of at least `length` characters, built from the development corpus's texts. */
export function longRelease(length = 20_000): string {
  const texts = loadCorpus().map((doc) => doc.text.trim());
  let release = '';
  for (let i = 0; release.length < length; i++) release += `${texts[i % texts.length]}\n`;
  return release.slice(0, length);
}

/** Median milliseconds of `runs` extractions of a 20 000-character release (goal ≤ 100 ms). */
export function extractionMedianMs(runs = 20): number {
  const text = longRelease();
  extract({ text, language: 'ru' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extract({ text, language: 'ru' });
    times.push(performance.now() - started);
  }
  return median(times);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `extraction of a 20 000-character release: median of 20 runs ${extractionMedianMs().toFixed(1)} ms (goal ≤ 100 ms)`,
  );
}
