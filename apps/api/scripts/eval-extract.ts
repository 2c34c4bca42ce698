import { evaluateCorpus } from './extraction-corpus.ts';

// Prints span precision, recall and F1 and the accuracy of kind, owner and status on matched spans.
const pct = (value: number | null) => (value === null ? '—' : value.toFixed(2));
const { documents, overall } = evaluateCorpus();
const header = ['document', 'gold', 'proposed', 'matched', 'precision', 'recall', 'F1', 'kind', 'owner', 'status'];
const rows = [...documents, { name: 'overall', ...overall }].map(({ name, scores, figures: f }) => [
  name,
  String(scores.gold),
  String(scores.proposed),
  String(scores.matched),
  pct(f.precision),
  pct(f.recall),
  pct(f.f1),
  pct(f.kindAccuracy),
  pct(f.ownerAccuracy),
  pct(f.statusAccuracy),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
for (const row of [header, ...rows]) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}
