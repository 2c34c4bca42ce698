/** Query keys of the sources' answers. */
export const sourceKeys = {
  detail: (id: string) => ['sources', id] as const,
};
