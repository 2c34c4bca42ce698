import type { Initiative } from '@civic/shared/schemas';
import { type Language, maxPageSize } from '@civic/shared/vocabulary';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { type AttentionReason, attentionKeys } from './attention-keys.ts';

export type { AttentionReason } from './attention-keys.ts';

/** Initiatives that need an official's look: past their dates, or not verified for too long. */
export function getAttention(reason: AttentionReason, lang: Language, signal?: AbortSignal) {
  const sort = reason === 'stale' ? 'lastVerifiedAt' : 'targetDate';
  return request<{ items: Initiative[]; total: number }>('/initiatives', {
    params: { [reason]: 'true', sort, pageSize: maxPageSize, lang },
    signal,
  });
}

export function getAttentionQueryOptions(reason: AttentionReason, lang: Language) {
  return queryOptions({
    queryKey: attentionKeys.list(reason, lang),
    queryFn: ({ signal }) => getAttention(reason, lang, signal),
  });
}

export function useAttention(reason: AttentionReason, lang: Language) {
  return useQuery(getAttentionQueryOptions(reason, lang));
}
