import type { Assessment, AssessmentInput } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export function addAssessment(initiativeId: string, input: AssessmentInput) {
  return request<Assessment>(`/initiatives/${encodeURIComponent(initiativeId)}/assessments`, {
    method: 'POST',
    body: input,
  });
}

export function useAddAssessment(initiativeId: string, onAdded: () => void) {
  return useMutation({
    mutationFn: (input: AssessmentInput) => addAssessment(initiativeId, input),
    onSuccess: onAdded,
  });
}
