import { type CreateInitiativeInput, statusProgressPreset } from '@civic/shared';
import { newId } from '../db/ids.ts';
import type { NewInitiativeRow, OwnerRow, StatusChangesTable } from '../db/schema.ts';
import type { Span } from '../seed/locate-quote.ts';
import { searchText } from './search-text.ts';

/** Initiatives without a source sort after every quoted one. */
export const unsourcedSortKey = 1_000_000_000;

export const createdNote = 'Initiative added to the register.';

/** The row and first history entry of a new initiative; the source span is already located. */
export function newInitiativeRows(
  input: CreateInitiativeInput,
  owner: OwnerRow,
  span: Span | null,
  actor: string,
  at: string,
  note = createdNote,
): { row: NewInitiativeRow; history: StatusChangesTable } {
  const status = input.status ?? 'proposed';
  const progress = statusProgressPreset[status] ?? 0;
  const stage = input.legislativeStage ?? null;
  const row: NewInitiativeRow = {
    id: input.id,
    parent_id: input.parentId ?? null,
    kind: input.kind,
    title_ru: input.title.ru,
    title_en: input.title.en,
    title_kk: input.title.kk ?? null,
    summary_ru: input.summary.ru,
    summary_en: input.summary.en,
    summary_kk: input.summary.kk ?? null,
    owner_id: owner.id,
    region: input.region,
    tags: JSON.stringify(input.tags ?? []),
    status,
    progress,
    progress_source: 'status',
    legislative_stage: stage,
    target_date: input.targetDate ?? null,
    last_verified_at: at,
    source_document_id: span && input.source ? input.source.documentId : null,
    source_quote: span && input.source ? input.source.quote : null,
    source_start: span?.start ?? null,
    source_end: span?.end ?? null,
    sort_key: span?.start ?? unsourcedSortKey,
    search_text: searchText([
      input.id,
      input.title.ru,
      input.title.en,
      input.title.kk,
      input.summary.ru,
      input.summary.en,
      input.summary.kk,
      owner.name_ru,
      owner.name_en,
      owner.name_kk,
    ]),
    synthetic: 0,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  const history: StatusChangesTable = {
    id: newId(),
    initiative_id: input.id,
    from_status: null,
    to_status: status,
    from_progress: null,
    to_progress: progress,
    from_stage: null,
    to_stage: stage,
    note,
    evidence_url: null,
    actor,
    at,
  };
  return { row, history };
}
