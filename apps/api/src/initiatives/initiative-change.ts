import {
  progressAfterChange,
  rollUpProgress,
  type Status,
  type StatusChangeInput,
  statusProgressPreset,
} from '@civic/shared';
import { newId } from '../db/ids.ts';
import { validationError } from '../errors/app-error.ts';
import type { CurrentState, PlannedChange } from './initiatives-write-repository.ts';

const changeFields = ['status', 'progress', 'legislativeStage', 'targetDate'] as const;

/** Progress after an update: an explicit figure wins; a parent follows its children; a new status brings its preset. */
function nextProgress(current: CurrentState, input: StatusChangeInput, status: Status) {
  if (input.progress !== undefined) return { progress: input.progress, source: 'explicit' };
  const mean = current.progressSource === 'explicit' ? null : rollUpProgress(current.childProgress);
  if (mean !== null) return { progress: mean, source: 'children' };
  if (status !== current.status && statusProgressPreset[status] !== null) {
    return { progress: progressAfterChange(current.progress, status), source: 'status' };
  }
  return { progress: current.progress, source: current.progressSource };
}

/** Decides the new state and its history row; the repository records both in one transaction. */
export function decideChange(
  id: string,
  current: CurrentState,
  input: StatusChangeInput,
  actor: string,
  at: string,
): PlannedChange {
  if (input.verifiedOnly && changeFields.some((field) => input[field] !== undefined)) {
    throw validationError([{ field: 'verifiedOnly', message: 'cannot be combined with a change' }]);
  }
  if (input.legislativeStage && current.kind !== 'legislation') {
    throw validationError([{ field: 'legislativeStage', message: 'only legislation has a legislative stage' }]);
  }
  const status = input.status ?? (current.status as Status);
  const { progress, source } = nextProgress(current, input, status);
  const stage = input.legislativeStage === undefined ? current.legislativeStage : input.legislativeStage;
  return {
    values: {
      status,
      progress,
      progress_source: source,
      legislative_stage: stage,
      target_date: input.targetDate === undefined ? current.targetDate : input.targetDate,
    },
    history: {
      id: newId(),
      initiative_id: id,
      from_status: current.status,
      to_status: status,
      from_progress: current.progress,
      to_progress: progress,
      from_stage: current.legislativeStage,
      to_stage: stage,
      note: input.note,
      evidence_url: input.evidenceUrl ?? null,
      actor,
      at,
    },
  };
}
