import type { Insertable, Selectable } from 'kysely';

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
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: Flag;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** One failed login, keyed by ip:<address> or user:<name>; rows older than the window are pruned. */
export interface LoginAttemptsTable {
  id: string;
  key: string;
  at: string;
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
  milestones: MilestonesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
}

export type InitiativeRow = Selectable<InitiativesTable>;
export type NewInitiativeRow = Insertable<InitiativesTable>;
export type StatusChangeRow = Selectable<StatusChangesTable>;
export type MilestoneRow = Selectable<MilestonesTable>;
export type OwnerRow = Selectable<OwnersTable>;
export type UserRow = Selectable<UsersTable>;
