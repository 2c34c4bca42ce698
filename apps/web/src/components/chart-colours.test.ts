import { ratings, statuses } from '@civic/shared/vocabulary';
import { describe, expect, it } from 'vitest';
import { notAssessedColour, ratingColors } from './rating-badge.tsx';
import { statusColors } from './status-colors.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

const ratingPalette: [string, string][] = [
  ...ratings.map((rating): [string, string] => [rating, ratingColors[rating]]),
  ['not assessed', notAssessedColour],
];
const statusPalette: [string, string][] = statuses.map((status) => [status, statusColors[status]]);

describe('status and rating colours', () => {
  it('when a status or rating is drawn on white, then its colour stands 3:1 or more (WCAG 1.4.11)', () => {
    const low = [...statusPalette, ...ratingPalette]
      .filter(([, colour]) => contrastOnWhite(colour) < 3)
      .map(([name, colour]) => `${name} ${colour} ${contrastOnWhite(colour).toFixed(2)}:1`);
    expect(low).toEqual([]);
  });

  it('when the status and ratings charts are read side by side, then one colour never means two things', () => {
    // "complete" (the independent scale) and "completed" (the official status) mean the same and share a green.
    const same = new Set(['completed=complete']);
    const clashes = statusPalette.flatMap(([status, colour]) =>
      ratingPalette
        .filter(([rating, other]) => other.toLowerCase() === colour.toLowerCase() && !same.has(`${status}=${rating}`))
        .map(([rating]) => `${status} and ${rating}: ${colour}`),
    );
    expect(clashes).toEqual([]);
    for (const palette of [statusPalette, ratingPalette]) {
      expect(new Set(palette.map(([, colour]) => colour.toLowerCase())).size).toBe(palette.length);
    }
  });
});
