import type { InitiativeDetail } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export interface FollowChildrenInput {
  version: number;
  note: string;
}

/** The parent's progress follows its children's mean again, recorded with the official's note. */
export function followChildren(id: string, input: FollowChildrenInput) {
  return request<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { ...input, followChildren: true },
  });
}

export function useFollowChildren(id: string, onChanged: (detail: InitiativeDetail) => void) {
  return useMutation({
    mutationFn: (input: FollowChildrenInput) => followChildren(id, input),
    onSuccess: onChanged,
  });
}
