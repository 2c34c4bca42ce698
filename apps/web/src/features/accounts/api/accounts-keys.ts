export const accountsKeys = {
  all: ['accounts'] as const,
};
