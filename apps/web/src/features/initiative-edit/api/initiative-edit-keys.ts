/** Query keys of the choices the edit and create forms offer. */
export const initiativeEditKeys = {
  parents: ['initiative-edit', 'parents'] as const,
  sources: ['initiative-edit', 'sources'] as const,
  source: (id: string) => ['initiative-edit', 'sources', id] as const,
};
