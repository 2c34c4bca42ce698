import type { Milestone, MilestoneInput, MilestonePatch } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

const milestonesPath = (initiativeId: string) => `/initiatives/${encodeURIComponent(initiativeId)}/milestones`;

export function addMilestone(initiativeId: string, input: MilestoneInput) {
  return request<Milestone>(milestonesPath(initiativeId), { method: 'POST', body: input });
}

export function updateMilestone(initiativeId: string, milestoneId: string, patch: MilestonePatch) {
  const path = `${milestonesPath(initiativeId)}/${encodeURIComponent(milestoneId)}`;
  return request<Milestone>(path, { method: 'PATCH', body: patch });
}

/** Removes the milestone if it is still at `version` (else 409 with it as it stands). */
export function removeMilestone(initiativeId: string, milestoneId: string, version: number) {
  const path = `${milestonesPath(initiativeId)}/${encodeURIComponent(milestoneId)}`;
  return request<void>(path, { method: 'DELETE', ifMatch: `"${version}"` });
}

export function useAddMilestone(initiativeId: string, onChanged: () => void) {
  return useMutation({
    mutationFn: (input: MilestoneInput) => addMilestone(initiativeId, input),
    onSuccess: onChanged,
  });
}

export function useUpdateMilestone(initiativeId: string, milestoneId: string, onChanged: () => void) {
  return useMutation({
    mutationFn: (patch: MilestonePatch) => updateMilestone(initiativeId, milestoneId, patch),
    onSuccess: onChanged,
  });
}

export function useRemoveMilestone(initiativeId: string, milestone: Milestone, onChanged: () => void) {
  return useMutation({
    mutationFn: () => removeMilestone(initiativeId, milestone.id, milestone.version),
    onSuccess: onChanged,
  });
}
