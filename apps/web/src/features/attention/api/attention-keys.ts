import type { Language } from '@civic/shared/vocabulary';

export type AttentionReason = 'overdue' | 'stale';

/** Query keys of the attention lists; refreshes after a change use `all`. */
export const attentionKeys = {
  all: ['initiatives', 'attention'] as const,
  list: (reason: AttentionReason, lang: Language) => [...attentionKeys.all, reason, lang] as const,
};
