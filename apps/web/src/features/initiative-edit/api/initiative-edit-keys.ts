/** Query keys of the choices the edit forms offer. */
export const initiativeEditKeys = {
  all: ['initiative-edit'] as const,
  owners: ['initiative-edit', 'owners'] as const,
  parents: ['initiative-edit', 'parents'] as const,
};
