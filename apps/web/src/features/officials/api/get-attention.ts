import type { Initiative, Language } from '@civic/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export type AttentionReason = 'overdue' | 'stale';

/** Initiatives that need an official's look: past their dates, or not verified for too long. */
export function getAttention(reason: AttentionReason, lang: Language, signal?: AbortSignal) {
  const sort = reason === 'stale' ? 'lastVerifiedAt' : 'targetDate';
  return apiGet<{ items: Initiative[]; total: number }>(
    '/initiatives',
    { [reason]: 'true', sort, pageSize: 100, lang },
    signal,
  );
}

export function getAttentionQueryOptions(reason: AttentionReason, lang: Language) {
  return queryOptions({
    queryKey: ['initiatives', 'attention', reason, lang],
    queryFn: ({ signal }) => getAttention(reason, lang, signal),
  });
}

export function useAttention(reason: AttentionReason, lang: Language) {
  return useQuery(getAttentionQueryOptions(reason, lang));
}
