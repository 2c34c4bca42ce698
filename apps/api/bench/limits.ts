import type { Figure } from './figure.ts';

/** One line per goal not met: the figure, its value and what limits it. */
export function limitsOf(figures: Figure[]): string[] {
  return figures
    .filter((f) => f.met === false)
    .map((f) => {
      const measured = f.ratio === '—' ? f.value : `${f.value}, ratio ${f.ratio}`;
      return `**${f.figure}** — ${measured} against ${f.goal}. ${f.limit ?? ''}`.trim();
    });
}
