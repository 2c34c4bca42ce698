import {
  childrenProgress,
  type EvidencePassage,
  followedProgress,
  type HistoryFieldChange,
  type HistoryKind,
  type Initiative,
  type Kind,
  type LegislativeStage,
  progressAfterChange,
  progressConflict,
  type Status,
  type StatusChange,
  type StatusChangeInput,
  statusProgressPreset,
} from '@civic/shared';
import { newId } from '../db/ids.ts';
import { validationError } from '../errors/app-error.ts';

/** What a change is decided from, read inside the transaction that records it. */
export interface CurrentState {
  kind: Kind;
  status: Status;
  progress: number;
  progressSource: Initiative['progressSource'];
  legislativeStage: LegislativeStage | null;
  targetDate: string | null;
  /** The children's status and progress: the roll-up counts those not withdrawn (childrenProgress). */
  children: { status: Status; progress: number }[];
}

/**
 * What a history entry may carry besides its public fields: the spreadsheet it came from, and the
 * passage of a source cited as its evidence (document, code-point offsets, verbatim quote), the child a rollup came from.
 */
export interface HistoryExtras {
  sourceFile?: string;
  evidence?: EvidencePassage;
  /** A rollup's cause: the child whose change moved the parent's progress. */
  causeId?: string;
}

/** The initiative's new fields and the history entry that records the move. */
export interface PlannedChange {
  values: Omit<CurrentState, 'kind' | 'children'>;
  /** The entry, with the name of the spreadsheet it was imported from when it was. */
  history: StatusChange & HistoryExtras;
}

const changeFields = ['status', 'progress', 'legislativeStage', 'targetDate', 'followChildren'] as const;

/**
 * Progress after an update: an explicit figure wins; a parent follows its children (again, when asked
 * to), their mean held to its status (followedProgress: completed stays 100 %); a new status brings its preset.
 */
function nextProgress(current: CurrentState, input: StatusChangeInput, status: Status) {
  if (input.progress !== undefined) return { progress: input.progress, source: 'explicit' } as const;
  const follows = current.progressSource !== 'explicit' || input.followChildren === true;
  const mean = follows ? followedProgress(status, current.children) : null;
  if (mean !== null) return { progress: mean, source: 'children' } as const;
  if (status !== current.status && statusProgressPreset[status] !== null) {
    return { progress: progressAfterChange(current.progress, status), source: 'status' } as const;
  }
  return { progress: current.progress, source: current.progressSource };
}

/** The public fields that moved between two states, in the order the history prints them. */
export function movedFields(before: PlannedChange['values'], after: PlannedChange['values']): HistoryFieldChange[] {
  const pairs: HistoryFieldChange[] = [
    { field: 'status', from: before.status, to: after.status },
    { field: 'progress', from: before.progress, to: after.progress },
    { field: 'legislativeStage', from: before.legislativeStage, to: after.legislativeStage },
    { field: 'targetDate', from: before.targetDate, to: after.targetDate },
  ];
  return pairs.filter((change) => change.from !== change.to);
}

/**
 * A status move is a status change; following the children again is named as such; any other move a
 * field change; nothing moved is a verification.
 */
function kindOf(changes: HistoryFieldChange[], input: StatusChangeInput): HistoryKind {
  if (changes.some((change) => change.field === 'status')) return 'status_change';
  if (input.followChildren) return 'follow_children';
  return changes.length > 0 ? 'field_change' : 'verified';
}

/**
 * Decides the new state and its history entry from an official's input (400 naming the field when
 * the input contradicts the initiative); the repository records both in one transaction.
 */
export function decideChange(
  id: string,
  current: CurrentState,
  input: StatusChangeInput,
  actor: string,
  at: string,
): PlannedChange {
  if (input.verifiedOnly && changeFields.some((field) => input[field] !== undefined)) {
    throw validationError([{ field: 'verifiedOnly', message: 'cannot be combined with a change', code: 'conflict' }]);
  }
  if (input.followChildren && input.progress !== undefined) {
    throw validationError([
      { field: 'followChildren', message: 'cannot be combined with a progress figure', code: 'conflict' },
    ]);
  }
  if (input.followChildren && childrenProgress(current.children) === null) {
    throw validationError([
      { field: 'followChildren', message: 'no child initiative counts towards its progress', code: 'invalid' },
    ]);
  }
  if (input.legislativeStage && current.kind !== 'legislation') {
    throw validationError([
      { field: 'legislativeStage', message: 'only legislation has a legislative stage', code: 'conflict' },
    ]);
  }
  const status = input.status ?? current.status;
  const { progress, source } = nextProgress(current, input, status);
  // A parent following its children agrees with its status by construction (followedProgress).
  const conflict = progressConflict(status, progress);
  if (conflict && (input.progress !== undefined || input.status !== undefined)) {
    throw validationError([
      { field: input.progress !== undefined ? 'progress' : 'status', message: conflict, code: 'conflict' },
    ]);
  }
  const stage = input.legislativeStage === undefined ? current.legislativeStage : input.legislativeStage;
  const values = {
    status,
    progress,
    progressSource: source,
    legislativeStage: stage,
    targetDate: input.targetDate === undefined ? current.targetDate : input.targetDate,
  };
  const changes = movedFields(current, values);
  return {
    values,
    history: {
      id: newId(),
      initiativeId: id,
      kind: kindOf(changes, input),
      changes,
      fromStatus: current.status,
      toStatus: status,
      fromProgress: current.progress,
      toProgress: progress,
      fromStage: current.legislativeStage,
      toStage: stage,
      note: input.note,
      evidenceUrl: input.evidenceUrl ?? null,
      actor,
      at,
    },
  };
}
