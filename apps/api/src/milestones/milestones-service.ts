import type { HistoryFieldChange, Milestone, MilestoneInput, MilestonePatch, User } from '@civic/shared';
import { newId } from '../db/ids.ts';
import type { MilestoneRow } from '../db/schema.ts';
import { conflict, notFound, validationError } from '../errors/app-error.ts';
import { toMilestone } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type {
  MilestoneChanges,
  MilestoneDecision,
  MilestoneOutcome,
  MilestonesRepository,
} from './milestones-repository.ts';

const moved = (fields: [HistoryFieldChange['field'], string | null, string | null][]): HistoryFieldChange[] =>
  fields.filter(([, from, to]) => from !== to).map(([field, from, to]) => ({ field, from, to }));

/**
 * The edit a patch makes to the milestone as it stands. completed: true or a completedOn day completes
 * it: completedAt stamps the moment (once), completedOn the day (default today). completed: false
 * reopens it. A completion is a milestone_completed entry; any other move milestone_changed.
 */
function decideEdit(current: MilestoneRow, patch: MilestonePatch, at: string, today: string, actor: string) {
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
  const after = { ...current, ...changes };
  const fieldChanges = moved([
    ['milestone.title', current.title, after.title],
    ['milestone.dueDate', current.due_date, after.due_date],
    ['milestone.completedOn', current.completed_on, after.completed_on],
  ]);
  if (fieldChanges.length === 0) return null;
  const kind =
    current.completed_on === null && after.completed_on !== null ? 'milestone_completed' : 'milestone_changed';
  return { changes, entry: { kind, changes: fieldChanges, note: after.title, actor, at } } satisfies MilestoneDecision;
}

const noMilestone = (initiativeId: string, id: string) =>
  `No milestone with id "${id}" on initiative "${initiativeId}".`;

export function createMilestonesService(repository: MilestonesRepository, settings: ClockSettings) {
  /** 404 when the milestone is gone, 409 carrying it as it now stands when the version is stale. */
  async function settle(outcome: MilestoneOutcome, initiativeId: string, id: string, expectedVersion: number) {
    const { today } = clockAt(settings);
    if (outcome.outcome === 'done') return toMilestone(outcome.row, today);
    const current = outcome.outcome === 'stale' ? await repository.find(initiativeId, id) : undefined;
    if (!current) throw notFound(noMilestone(initiativeId, id));
    throw conflict(`The milestone is at version ${current.version}, not ${expectedVersion}: reload and try again.`, {
      current: toMilestone(current, today),
    });
  }

  return {
    /** Today in TIME_ZONE: the day a milestone's overdue flag is judged on (its ETag carries it). */
    today: () => clockAt(settings).today,

    /** 404 unless the initiative has a milestone with this id. */
    async assertExists(initiativeId: string, id: string): Promise<void> {
      if (!(await repository.find(initiativeId, id))) throw notFound(noMilestone(initiativeId, id));
    },

    /** Adds a milestone (404 when the initiative is unknown) and records milestone_added. */
    async add(initiativeId: string, input: MilestoneInput, user: User): Promise<Milestone> {
      const at = settings.now().toISOString();
      const row: MilestoneRow = {
        id: newId(),
        initiative_id: initiativeId,
        title: input.title,
        due_date: input.dueDate ?? null,
        completed_at: null,
        completed_on: null,
        created_at: at,
        updated_at: at,
        version: 1,
      };
      const changes = moved([
        ['milestone.title', null, row.title],
        ['milestone.dueDate', null, row.due_date],
      ]);
      const entry = { kind: 'milestone_added', changes, note: row.title, actor: user.displayName, at } as const;
      if (!(await repository.add(row, entry))) throw notFound(`No initiative with id "${initiativeId}".`);
      return toMilestone(row, clockAt(settings).today);
    },

    /**
     * Edits title or due date, completes or reopens, if the milestone is still at expectedVersion (409
     * with it as it stands, else). completedOn after today (TIME_ZONE) is a 400 naming completedOn.
     */
    async update(
      initiativeId: string,
      id: string,
      patch: MilestonePatch,
      expectedVersion: number,
      user: User,
    ): Promise<Milestone> {
      const { today } = clockAt(settings);
      if (patch.completedOn !== undefined && patch.completedOn > today) {
        throw validationError([
          { field: 'completedOn', message: `must not be after today (${today})`, code: 'after_today', maximum: today },
        ]);
      }
      const at = settings.now().toISOString();
      const outcome = await repository.change(initiativeId, id, expectedVersion, (current) =>
        decideEdit(current, patch, at, today, user.displayName),
      );
      return settle(outcome, initiativeId, id, expectedVersion);
    },

    /** Removes the milestone if still at expectedVersion (409 with it as it stands, else) and records milestone_removed. */
    async remove(initiativeId: string, id: string, expectedVersion: number, user: User): Promise<void> {
      const at = settings.now().toISOString();
      const outcome = await repository.remove(initiativeId, id, expectedVersion, (current) => ({
        kind: 'milestone_removed',
        changes: moved([
          ['milestone.title', current.title, null],
          ['milestone.dueDate', current.due_date, null],
          ['milestone.completedOn', current.completed_on, null],
        ]),
        note: current.title,
        actor: user.displayName,
        at,
      }));
      await settle(outcome, initiativeId, id, expectedVersion);
    },
  };
}

export type MilestonesService = ReturnType<typeof createMilestonesService>;
