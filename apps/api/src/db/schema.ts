import type { Generated, Insertable, Selectable } from 'kysely';

/** Flags are stored as 0/1 integers so that every supported SQL engine reads them alike. */
type Flag = number;

export interface OwnersTable {
  id: string;
  name_ru: string;
  name_en: string;
  name_kk: string | null;
}

export interface SourceDocumentsTable {
  id: string;
  title_ru: string;
  title_en: string;
  title_kk: string | null;
  publisher_ru: string;
  publisher_en: string;
  publisher_kk: string | null;
  language: string;
  published_at: string | null;
  url: string | null;
  sha256: string;
  text: string;
  /** Display name of the official who imported it; null for the seeded article. */
  imported_by: string | null;
  imported_at: string | null;
}

export interface InitiativesTable {
  id: string;
  parent_id: string | null;
  kind: string;
  title_ru: string;
  title_en: string;
  title_kk: string | null;
  summary_ru: string;
  summary_en: string;
  summary_kk: string | null;
  owner_id: string;
  region: string;
  tags: string;
  status: string;
  progress: number;
  progress_source: string;
  legislative_stage: string | null;
  target_date: string | null;
  last_verified_at: string | null;
  source_document_id: string | null;
  source_quote: string | null;
  source_start: number | null;
  source_end: number | null;
  /** Position in reading order: the source offset, or a large number for initiatives without one. */
  sort_key: number;
  search_text: string;
  synthetic: Flag;
  created_at: string;
  updated_at: string;
  version: number;
  /** 1 when the English title is left for later (title_en then holds the Russian title). */
  title_en_missing: Generated<Flag>;
}

export interface InitiativeRelationsTable {
  from_id: string;
  to_id: string;
  type: string;
}

export interface StatusChangesTable {
  id: string;
  initiative_id: string;
  from_status: string | null;
  to_status: string;
  from_progress: number | null;
  to_progress: number;
  from_stage: string | null;
  to_stage: string | null;
  note: string;
  evidence_url: string | null;
  actor: string;
  at: string;
  /** What happened (a HistoryKind of @civic/shared). */
  kind: Generated<string>;
  /** JSON text: the fields that moved, [{ field, from, to }]. */
  changes: Generated<string>;
  /** The spreadsheet a change was imported from, by its file name; absent for a change made in a form. */
  source_file?: string | null;
  /** The passage of a source cited as evidence: code points into its text, and the text between them. */
  evidence_document_id?: string | null;
  evidence_start?: number | null;
  evidence_end?: number | null;
  evidence_quote?: string | null;
  /** A rollup entry's cause: the child initiative whose change (or move in or out) moved this progress. */
  cause_id?: string | null;
}

/** A stored dry run of a spreadsheet import; report and changes are JSON. */
export interface SpreadsheetImportsTable {
  id: string;
  user_id: string;
  file_name: string;
  created_at: string;
  report: string;
  changes: string;
  applied_at: string | null;
}

/** An import an official started: the text, its extraction (JSON) and, once confirmed, its source. */
export interface ImportDraftsTable {
  id: string;
  state: string;
  title: string;
  publisher: string;
  language: string;
  published_at: string | null;
  url: string | null;
  origin: string;
  text: string;
  sha256: string;
  extraction: string;
  created_by_id: string;
  created_by: string;
  created_at: string;
  source_document_id: string | null;
  confirmed_at: string | null;
}

export interface MilestonesTable {
  id: string;
  initiative_id: string;
  title: string;
  due_date: string | null;
  /** When the completion was recorded (the click). */
  completed_at: string | null;
  /** The local day ("YYYY-MM-DD") the milestone was really completed on, as the official entered it. */
  completed_on: string | null;
  created_at: string;
  updated_at: string;
  /** Moves with every write to the milestone (its ETag); a write names the version it saw. */
  version: Generated<number>;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: Flag;
  /** A monitor's civil-society organisation; null for other roles. */
  organisation: string | null;
  created_at: string;
}

/** An independent assessment; append-only: a newer one by the same organisation supersedes it. */
export interface AssessmentsTable {
  id: string;
  initiative_id: string;
  user_id: string;
  /** The organisation and the monitor's display name at the time, as the public sees them. */
  organisation: string;
  assessor: string;
  rating: string;
  rationale: string;
  /** JSON array of http(s) links. */
  evidence_urls: string;
  /** Local day ("YYYY-MM-DD") the rating describes. */
  as_of: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** Login attempts counted for one key (`ip:<address>` or `pair:<username> <address>`); times in epoch ms. */
export interface LoginThrottleTable {
  key: string;
  /** Attempts in the current streak, counted before their password is checked; a success takes its own back. */
  failures: number;
  /** The delay the last admitted attempt set; doubles with each attempt past the free ones, up to a cap. */
  delay_ms: number;
  /** No attempt past the free ones is checked before this time. */
  blocked_until: number;
  /** A random token of the last admitted attempt: the upsert's RETURNING shows whether this one was admitted. */
  claim: string;
}

export interface DataGenerationTable {
  id: number;
  value: number;
}

/** The one zone the stored days follow (row id 1; '' before the first start). */
export interface CalendarTable {
  id: number;
  time_zone: string;
}

/** The zone's offset from UTC from starts_at (canonical ISO UTC) until the next row's. */
export interface CalendarOffsetsTable {
  starts_at: string;
  offset_seconds: number;
}

export interface Database {
  calendar: CalendarTable;
  calendar_offsets: CalendarOffsetsTable;
  data_generation: DataGenerationTable;
  owners: OwnersTable;
  source_documents: SourceDocumentsTable;
  initiatives: InitiativesTable;
  initiative_relations: InitiativeRelationsTable;
  status_changes: StatusChangesTable;
  spreadsheet_imports: SpreadsheetImportsTable;
  milestones: MilestonesTable;
  assessments: AssessmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  import_drafts: ImportDraftsTable;
}

export type InitiativeRow = Selectable<InitiativesTable>;
export type NewInitiativeRow = Insertable<InitiativesTable>;
export type StatusChangeRow = Selectable<StatusChangesTable>;
export type NewStatusChangeRow = Insertable<StatusChangesTable>;
export type MilestoneRow = Selectable<MilestonesTable>;
export type OwnerRow = Selectable<OwnersTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type UserRow = Selectable<UsersTable>;
