import type {
  DetailsChangeInput,
  HistoryFieldChange,
  Kind,
  LegislativeStage,
  LocalizedChange,
  LocalizedText,
  Status,
  StatusChange,
} from '@civic/shared';
import { newId } from '../db/ids.ts';
import { validationError } from '../errors/app-error.ts';

/** The descriptive fields of an initiative as a details edit is decided from, with what its history entry repeats. */
export interface DetailsState {
  title: LocalizedText;
  summary: LocalizedText;
  ownerId: string;
  kind: Kind;
  region: string;
  parentId: string | null;
  status: Status;
  progress: number;
  legislativeStage: LegislativeStage | null;
}

/** What the store knows about the owner and parent an edit names, read inside its transaction. */
export interface DetailsFacts {
  /** Whether input.ownerId names a known body (true when the edit leaves the owner). */
  ownerKnown: boolean;
  /** The new parent and its ancestors, nearest first; null when input.parentId names no initiative. */
  parentLine: string[] | null;
}

export type DetailsValues = Pick<DetailsState, 'title' | 'summary' | 'ownerId' | 'kind' | 'region' | 'parentId'>;

const languages = ['ru', 'kk', 'en'] as const;

/** A text after a change of some of its languages: each one named takes its new text (kk: null removes it), the others stay. */
function changedText(current: LocalizedText, change: LocalizedChange | undefined): LocalizedText {
  if (!change) return current;
  const kk = change.kk === undefined ? (current.kk ?? null) : change.kk;
  return { ru: change.ru ?? current.ru, en: change.en ?? current.en, ...(kk === null ? {} : { kk }) };
}

const textIn = (text: LocalizedText, lang: (typeof languages)[number]) => text[lang] ?? null;

function textChanges(name: 'title' | 'summary', before: LocalizedText, after: LocalizedText): HistoryFieldChange[] {
  return languages.map((lang) => ({
    field: `${name}.${lang}` as const,
    from: textIn(before, lang),
    to: textIn(after, lang),
  }));
}

function checkFacts(id: string, current: DetailsState, input: DetailsChangeInput, facts: DetailsFacts): void {
  if (input.ownerId !== undefined && !facts.ownerKnown) {
    throw validationError([{ field: 'ownerId', message: 'no such owner', code: 'not_found' }]);
  }
  if (input.parentId) {
    if (facts.parentLine === null)
      throw validationError([{ field: 'parentId', message: 'no such initiative', code: 'not_found' }]);
    if (facts.parentLine.includes(id)) {
      throw validationError([
        { field: 'parentId', message: 'would make the initiative its own ancestor', code: 'invalid' },
      ]);
    }
  }
  if (input.kind !== undefined && input.kind !== 'legislation' && current.legislativeStage !== null) {
    throw validationError([
      { field: 'kind', message: 'only legislation has a legislative stage: clear the stage first', code: 'conflict' },
    ]);
  }
}

/**
 * Decides an official's edit of the descriptive fields and its history entry (kind details_change,
 * each moved field from → to): 400 naming the field when the owner or parent is unknown, the new
 * parent would close a cycle, the kind would drop a legislative stage, or nothing would move.
 */
export function decideDetails(
  id: string,
  current: DetailsState,
  input: DetailsChangeInput,
  facts: DetailsFacts,
  actor: string,
  at: string,
): { values: DetailsValues; history: StatusChange } {
  checkFacts(id, current, input, facts);
  const values: DetailsValues = {
    title: changedText(current.title, input.title),
    summary: changedText(current.summary, input.summary),
    ownerId: input.ownerId ?? current.ownerId,
    kind: input.kind ?? current.kind,
    region: input.region ?? current.region,
    parentId: input.parentId === undefined ? current.parentId : input.parentId,
  };
  const changes = [
    ...textChanges('title', current.title, values.title),
    ...textChanges('summary', current.summary, values.summary),
    { field: 'ownerId', from: current.ownerId, to: values.ownerId },
    { field: 'kind', from: current.kind, to: values.kind },
    { field: 'region', from: current.region, to: values.region },
    { field: 'parentId', from: current.parentId, to: values.parentId },
  ].filter((change): change is HistoryFieldChange => change.from !== change.to);
  if (changes.length === 0)
    throw validationError([
      { field: 'title', message: 'nothing to change: every field is as it stands', code: 'invalid' },
    ]);
  return {
    values,
    history: {
      id: newId(),
      initiativeId: id,
      kind: 'details_change',
      changes,
      fromStatus: current.status,
      toStatus: current.status,
      fromProgress: current.progress,
      toProgress: current.progress,
      fromStage: current.legislativeStage,
      toStage: current.legislativeStage,
      note: input.note,
      evidenceUrl: null,
      actor,
      at,
    },
  };
}
