import type { Figure } from './figure.ts';

/** What the profiles showed about each goal, written once the figures are known. */
export function limitsOf(figures: Figure[]): string[] {
  return figures.filter((f) => f.met === false).map((f) => `${f.figure}: ${f.value} against a goal of ${f.goal}.`);
}
