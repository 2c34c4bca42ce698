import type { Status } from '@civic/shared/vocabulary';

/**
 * Okabe–Ito hues, the light ones (sky blue, orange) replaced by darker ones so that every dot and bar stands
 * 3:1 against white (WCAG 1.4.11); status is always also written. No colour here stands for a rating
 * (ratingColors) but "completed", whose green "complete" shares.
 */
export const statusColors: Record<Status, string> = {
  proposed: '#7E57C2',
  in_progress: '#0072B2',
  under_review: '#B26B00',
  adopted: '#CC79A7',
  completed: '#009E73',
  stalled: '#D55E00',
  withdrawn: '#7F7F7F',
};
