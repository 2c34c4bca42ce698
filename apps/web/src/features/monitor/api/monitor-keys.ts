/** Query keys of a monitor's answers; refreshes after an assessment use `all`. */
export const monitorKeys = {
  all: ['monitor'] as const,
  worklist: ['monitor', 'worklist'] as const,
};
