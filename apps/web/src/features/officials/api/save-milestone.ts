import type { Milestone, MilestoneInput, MilestonePatch } from '@civic/shared';
import { useMutation } from '@tanstack/react-query';
import { sendJson } from './send-json.ts';

export function addMilestone(initiativeId: string, input: MilestoneInput) {
  return sendJson<Milestone>('POST', `/initiatives/${encodeURIComponent(initiativeId)}/milestones`, input);
}

export function updateMilestone(initiativeId: string, milestoneId: string, patch: MilestonePatch) {
  const path = `/initiatives/${encodeURIComponent(initiativeId)}/milestones/${encodeURIComponent(milestoneId)}`;
  return sendJson<Milestone>('PATCH', path, patch);
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
