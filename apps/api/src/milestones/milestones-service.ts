import type { Milestone, MilestoneInput, MilestonePatch } from '@civic/shared';
import { newId } from '../db/ids.ts';
import { notFound, validationError } from '../errors/app-error.ts';
import { toMilestone } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type { MilestoneChanges, MilestonesRepository } from './milestones-repository.ts';

export function createMilestonesService(repository: MilestonesRepository, settings: ClockSettings) {
  return {
    async add(initiativeId: string, input: MilestoneInput): Promise<Milestone> {
      if (!(await repository.initiativeExists(initiativeId)))
        throw notFound(`No initiative with id "${initiativeId}".`);
      const at = settings.now().toISOString();
      const row = await repository.insert({
        id: newId(),
        initiative_id: initiativeId,
        title: input.title,
        due_date: input.dueDate ?? null,
        completed_at: null,
        completed_on: null,
        created_at: at,
        updated_at: at,
      });
      return toMilestone(row, clockAt(settings).today);
    },

    /**
     * Edits title or due date. completed: true or a completedOn day completes it: completedAt stamps the
     * moment (once), completedOn the day (default today in TIME_ZONE; 400 naming completedOn when after
     * today). completed: false reopens it.
     */
    async update(initiativeId: string, id: string, patch: MilestonePatch): Promise<Milestone> {
      const { today } = clockAt(settings);
      if (patch.completedOn !== undefined && patch.completedOn > today) {
        throw validationError([{ field: 'completedOn', message: `must not be after today (${today})` }]);
      }
      const current = await repository.find(initiativeId, id);
      if (!current) throw notFound(`No milestone with id "${id}" on initiative "${initiativeId}".`);
      const at = settings.now().toISOString();
      const changes: MilestoneChanges = {};
      if (patch.title !== undefined) changes.title = patch.title;
      if (patch.dueDate !== undefined) changes.due_date = patch.dueDate;
      if (patch.completed === true || patch.completedOn !== undefined) {
        if (current.completed_at === null) changes.completed_at = at;
        if (current.completed_at === null || patch.completedOn !== undefined) {
          changes.completed_on = patch.completedOn ?? today;
        }
      }
      if (patch.completed === false) Object.assign(changes, { completed_at: null, completed_on: null });
      await repository.update(current, { ...changes, updated_at: at });
      return toMilestone({ ...current, ...changes, updated_at: at }, today);
    },
  };
}

export type MilestonesService = ReturnType<typeof createMilestonesService>;
