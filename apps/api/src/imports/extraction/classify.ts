import type { Kind, LegislativeStage, Status } from '@civic/shared';
import type { CueFamily } from './cues.ts';

/** What the fired cues make of a clause. */
export interface Classification {
  kind: Kind;
  status: Status;
  legislativeStage: LegislativeStage | null;
}

/** Cue families that open a candidate on their own. */
export const triggers: ReadonlySet<CueFamily> = new Set([
  'create',
  'recommend',
  'support',
  'law',
  'call',
  'wish',
  'discuss',
  'introduce',
]);

/** A clause opens a candidate when a trigger fired, or a plan names a practice ("будет внедрена практика"). */
export const opensCandidate = (families: ReadonlySet<CueFamily>) =>
  [...families].some((family) => triggers.has(family)) || (families.has('plan') && families.has('practice'));

/** Called for or planned, not yet done: the text leaves it proposed. */
export const isModal = (families: ReadonlySet<CueFamily>) =>
  families.has('call') || families.has('wish') || families.has('plan') || families.has('discuss');

/**
 * Kind, status and stage from the fired cues, strongest kind first: legislation, recommendation,
 * institution, practice, call to action. Status: created → completed; prepared or submitted → under
 * review; supported → adopted; called for or planned → proposed; a bill → its stage's status
 * (`stage`, from stageCues), under review when the text names none.
 */
export function classify(
  families: ReadonlySet<CueFamily>,
  stage: { stage: LegislativeStage; status: Status } | undefined,
): Classification {
  const modal = isModal(families);
  if (families.has('law')) {
    if (modal) return { kind: 'legislation', status: 'proposed', legislativeStage: null };
    return { kind: 'legislation', status: stage?.status ?? 'under_review', legislativeStage: stage?.stage ?? null };
  }
  const none = { legislativeStage: null };
  if (families.has('recommend'))
    return { kind: 'recommendation', status: modal ? 'proposed' : 'under_review', ...none };
  if (families.has('support')) return { kind: 'recommendation', status: 'adopted', ...none };
  if (families.has('create')) return { kind: 'institution', status: modal ? 'proposed' : 'completed', ...none };
  if (families.has('introduce')) return { kind: 'practice', status: modal ? 'proposed' : 'in_progress', ...none };
  if (families.has('practice')) return { kind: 'practice', status: 'proposed', ...none };
  return { kind: 'call_to_action', status: 'proposed', ...none };
}
