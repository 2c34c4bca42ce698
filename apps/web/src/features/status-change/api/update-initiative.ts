import type { InitiativeDetail, StatusChangeInput } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export function updateInitiative(id: string, input: StatusChangeInput) {
  return request<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateInitiative(id: string, onChanged: (detail: InitiativeDetail) => void) {
  return useMutation({
    mutationFn: (input: StatusChangeInput) => updateInitiative(id, input),
    onSuccess: onChanged,
  });
}
