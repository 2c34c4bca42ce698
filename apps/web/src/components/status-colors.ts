import type { Status } from '@civic/shared/vocabulary';

/** Okabe–Ito palette: told apart with every common colour-vision deficiency; status is always also written. */
export const statusColors: Record<Status, string> = {
  proposed: '#56B4E9',
  in_progress: '#0072B2',
  under_review: '#E69F00',
  adopted: '#CC79A7',
  completed: '#009E73',
  stalled: '#D55E00',
  withdrawn: '#7f7f7f',
};
