/** Query keys of the import drafts and what their review reads. */
export const importsKeys = {
  all: ['imports'] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
  tracked: (id: string) => ['imports', 'tracked', id] as const,
};
