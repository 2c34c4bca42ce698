/** Query keys of one initiative's answers; refreshes after a change use the same. */
export const initiativeKeys = {
  detail: (id: string) => ['initiatives', 'detail', id] as const,
  history: (id: string) => ['initiatives', 'history', id] as const,
  assessments: (id: string) => ['initiatives', 'assessments', id] as const,
  sources: (id: string) => ['initiatives', 'sources', id] as const,
};
