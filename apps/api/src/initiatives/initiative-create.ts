import { type CreateInitiativeInput, type StatusChange, statusProgressPreset } from '@civic/shared';
import { newId } from '../db/ids.ts';
import { localizedColumns } from '../db/localized-text.ts';
import type { NewInitiativeRow, OwnerRow } from '../db/schema.ts';
import type { Span } from '../quotes/locate-quote.ts';
import { searchText } from './search-text.ts';

/** Initiatives without a source sort after every quoted one. */
const unsourcedSortKey = 1_000_000_000;

/**
 * Who or what records a new initiative. created: a person (actor is their display name); from_source:
 * the text of its source (the seed, an import), with no actor. The entry's kind label says what
 * happened in the reader's language, so the note is only what the person wrote, if anything.
 */
export interface FirstEntry {
  kind: 'created' | 'from_source';
  actor: string;
  at: string;
  note?: string;
}

/**
 * The row of a new initiative and its first history entry; the source span is already located. A new
 * initiative is never verified: lastVerifiedAt stays null until an official verifies or updates it.
 */
export function newInitiativeRows(
  input: CreateInitiativeInput,
  owner: OwnerRow,
  span: Span | null,
  entry: FirstEntry,
): { row: NewInitiativeRow; history: StatusChange } {
  const { at } = entry;
  const status = input.status ?? 'proposed';
  const progress = statusProgressPreset[status] ?? 0;
  const stage = input.legislativeStage ?? null;
  const row: NewInitiativeRow = {
    id: input.id,
    parent_id: input.parentId ?? null,
    kind: input.kind,
    ...localizedColumns('title', input.title),
    ...localizedColumns('summary', input.summary),
    owner_id: owner.id,
    region: input.region,
    tags: JSON.stringify(input.tags ?? []),
    status,
    progress,
    progress_source: 'status',
    legislative_stage: stage,
    target_date: input.targetDate ?? null,
    last_verified_at: null,
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
  const history: StatusChange = {
    id: newId(),
    initiativeId: input.id,
    kind: entry.kind,
    changes: [],
    fromStatus: null,
    toStatus: status,
    fromProgress: null,
    toProgress: progress,
    fromStage: null,
    toStage: stage,
    note: entry.note ?? '',
    evidenceUrl: null,
    actor: entry.kind === 'from_source' ? '' : entry.actor,
    at,
  };
  return { row, history };
}
