import type { AssessmentRecord } from '@civic/shared/schemas';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { initiativeKeys } from './initiative-keys.ts';

/** Every independent assessment of the initiative, newest first, superseded ones included. */
export function getAssessments(id: string, signal?: AbortSignal) {
  return request<AssessmentRecord>(`/initiatives/${encodeURIComponent(id)}/assessments`, { signal });
}

export function getAssessmentsQueryOptions(id: string) {
  return queryOptions({
    queryKey: initiativeKeys.assessments(id),
    queryFn: ({ signal }) => getAssessments(id, signal),
  });
}

export function useAssessments(id: string) {
  return useQuery(getAssessmentsQueryOptions(id));
}
