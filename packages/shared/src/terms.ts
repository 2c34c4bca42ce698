// The project's words as plain lists: no validation library, so the browser may import them freely.
// The zod schemas built on them are in vocabulary.ts.

export const languages = ['ru', 'kk', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'ru';
/**
 * The cookie that carries a visitor's chosen language (`ru`, `kk` or `en`) to the server, written by the web
 * app beside its stored choice, so that a page's first HTML (its heading and lead) and its preloaded texts are
 * in that language when the address has no `?lang=`.
 */
export const languageCookie = 'civic.lang';

export const statuses = [
  'proposed',
  'in_progress',
  'under_review',
  'adopted',
  'completed',
  'stalled',
  'withdrawn',
] as const;
export type Status = (typeof statuses)[number];

/** Progress (0–100, %) an initiative takes on entering a status; null keeps the progress it had (DESIGN.md, Domain). */
export const statusProgressPreset: Record<Status, number | null> = {
  proposed: 0,
  in_progress: 25,
  under_review: 50,
  adopted: 75,
  completed: 100,
  stalled: null,
  withdrawn: null,
};

/** Statuses that close an initiative: it can no longer be overdue. */
export const closedStatuses: readonly Status[] = ['completed', 'withdrawn'];

export const kinds = ['institution', 'recommendation', 'legislation', 'practice', 'call_to_action'] as const;
export type Kind = (typeof kinds)[number];

/** The road of a bill, in order (kind = legislation). */
export const legislativeStages = ['drafting', 'public_discussion', 'mazhilis', 'senate', 'signed', 'in_force'] as const;
export type LegislativeStage = (typeof legislativeStages)[number];

export const relationTypes = ['reflected_in'] as const;
export type RelationType = (typeof relationTypes)[number];

/** official: records the officials' own status; admin: also accounts and initiatives; monitor: a civil-society organisation's independent assessor. */
export const roles = ['official', 'admin', 'monitor'] as const;
export type Role = (typeof roles)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isLanguage = isOneOf(languages);
export const isStatus = isOneOf(statuses);
export const isKind = isOneOf(kinds);
export const isLegislativeStage = isOneOf(legislativeStages);

/**
 * What a history entry records. status_change: the status moved; field_change: progress, legislative
 * stage or target date moved with the status standing; verified: an official confirmed nothing changed;
 * rollup: a parent's progress followed its children's mean; follow_children: an official set a parent's
 * progress back to following its children after it was typed in by hand; details_change: an official
 * edited the descriptive fields (title, summary, owner, kind, region, parent); milestone_*: a milestone was added, edited
 * (or reopened), completed or removed; created: an official entered the initiative in the register;
 * from_source: the initiative was recorded from the text of its source (the seed, an import), with no
 * person behind the entry and nothing verified.
 */
export const historyKinds = [
  'created',
  'from_source',
  'status_change',
  'field_change',
  'verified',
  'rollup',
  'follow_children',
  'details_change',
  'milestone_added',
  'milestone_changed',
  'milestone_completed',
  'milestone_removed',
] as const;
export type HistoryKind = (typeof historyKinds)[number];

/**
 * History kinds that are not activity: an initiative recorded from its source is not work done, and a
 * parent's roll-up only echoes the child's change already counted. "Changes per month" counts the rest.
 */
export const inactiveHistoryKinds: readonly HistoryKind[] = ['from_source', 'rollup'];

/** Changes per page of one initiative's history when the client does not ask: enough for a page of the site. */
export const historyPageDefaultLimit = 50;
/** The most changes one page of history holds. */
export const historyPageMaxLimit = 200;

/**
 * An initiative's descriptive fields, as a details edit and its history name them: title and summary
 * per language, owner and parent by their ids. The source quote is not among them: it stays verbatim.
 */
export const descriptiveFields = [
  'title.ru',
  'title.kk',
  'title.en',
  'summary.ru',
  'summary.kk',
  'summary.en',
  'ownerId',
  'kind',
  'region',
  'parentId',
] as const;
export type DescriptiveField = (typeof descriptiveFields)[number];

/**
 * The public fields a history entry names in its changes: the initiative's own and its milestones'.
 * Title and summary are named per language; owner and parent by their ids.
 */
export const historyFields = [
  'status',
  'progress',
  'legislativeStage',
  'targetDate',
  ...descriptiveFields,
  'milestone.title',
  'milestone.dueDate',
  'milestone.completedOn',
] as const;
export type HistoryField = (typeof historyFields)[number];

/** One field's move in a history entry: status and stage as their codes, progress in %, dates as local days. */
export interface HistoryFieldChange {
  field: HistoryField;
  from: string | number | null;
  to: string | number | null;
}
