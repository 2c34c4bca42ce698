import type { DetailsChangeInput, InitiativeDetail } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export function editDetails(id: string, input: DetailsChangeInput) {
  return request<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}/details`, { method: 'PATCH', body: input });
}

export function useEditDetails(id: string, onChanged: (detail: InitiativeDetail) => void) {
  return useMutation({
    mutationFn: (input: DetailsChangeInput) => editDetails(id, input),
    onSuccess: onChanged,
  });
}
