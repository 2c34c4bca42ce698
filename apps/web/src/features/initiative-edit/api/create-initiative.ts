import type { CreateInitiativeInput, InitiativeDetail } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export function createInitiative(input: CreateInitiativeInput) {
  return request<InitiativeDetail>('/initiatives', { method: 'POST', body: input });
}

export function useCreateInitiative(onCreated: (detail: InitiativeDetail) => void) {
  return useMutation({ mutationFn: createInitiative, onSuccess: onCreated });
}
