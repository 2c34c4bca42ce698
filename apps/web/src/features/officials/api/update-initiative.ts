import type { InitiativeDetail, StatusChangeInput } from '@civic/shared';
import { useMutation } from '@tanstack/react-query';
import { sendJson } from './send-json.ts';

export function updateInitiative(id: string, input: StatusChangeInput) {
  return sendJson<InitiativeDetail>('PATCH', `/initiatives/${encodeURIComponent(id)}`, input);
}

export function useUpdateInitiative(id: string, onChanged: (detail: InitiativeDetail) => void) {
  return useMutation({
    mutationFn: (input: StatusChangeInput) => updateInitiative(id, input),
    onSuccess: onChanged,
  });
}
