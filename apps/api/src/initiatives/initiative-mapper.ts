import {
  type Agreement,
  type Assessment,
  type Initiative,
  type Kind,
  type LegislativeStage,
  officialRating,
  type Status,
} from '@civic/shared';
import { localized } from '../db/localized-text.ts';
import type { InitiativeRow } from '../db/schema.ts';

/** An initiative row joined with its owner's names and the computed flags. */
export type InitiativeRecord = InitiativeRow & {
  owner_name_ru: string;
  owner_name_en: string;
  owner_name_kk: string | null;
  overdue: number | string | boolean;
  overdue_milestone_title: string | null;
  overdue_milestone_due: string | null;
  stale: number | string | boolean;
  latest_assessment_id: string | null;
  agreement: Agreement;
};

// PostgreSQL may hand back computed integers as strings; SQLite as numbers.
const truthy = (value: number | string | boolean) => value === true || Number(value) === 1;

/** The initiative of a row; `assessments` holds its latest assessment by id (assessmentsById). */
export function toInitiative(row: InitiativeRecord, assessments: ReadonlyMap<string, Assessment>): Initiative {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as Kind,
    title: localized(row.title_ru, row.title_en, row.title_kk),
    titleEnMissing: truthy(row.title_en_missing),
    summary: localized(row.summary_ru, row.summary_en, row.summary_kk),
    owner: { id: row.owner_id, name: localized(row.owner_name_ru, row.owner_name_en, row.owner_name_kk) },
    region: row.region,
    tags: JSON.parse(row.tags) as string[],
    status: row.status as Status,
    progress: Number(row.progress),
    progressSource: row.progress_source as Initiative['progressSource'],
    legislativeStage: row.legislative_stage as LegislativeStage | null,
    targetDate: row.target_date,
    lastVerifiedAt: row.last_verified_at,
    source:
      row.source_document_id && row.source_quote !== null && row.source_start !== null && row.source_end !== null
        ? {
            documentId: row.source_document_id,
            quote: row.source_quote,
            start: Number(row.source_start),
            end: Number(row.source_end),
          }
        : null,
    overdue: truthy(row.overdue),
    overdueMilestone:
      row.overdue_milestone_title !== null && row.overdue_milestone_due !== null
        ? { title: row.overdue_milestone_title, dueDate: row.overdue_milestone_due }
        : null,
    stale: truthy(row.stale),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    officialRating: officialRating(row.status as Status, Number(row.progress)),
    latestAssessment: (row.latest_assessment_id && assessments.get(row.latest_assessment_id)) || null,
    agreement: row.agreement,
  };
}
