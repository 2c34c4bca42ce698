/** Query keys of the overview's answers: the figures and every initiative for the progress chart. */
export const overviewKeys = {
  stats: ['stats'] as const,
  allInitiatives: ['initiatives', 'all'] as const,
};
