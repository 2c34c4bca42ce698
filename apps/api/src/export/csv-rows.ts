import {
  type HistoryCsvRow,
  type Initiative,
  type InitiativeCsvRow,
  type Language,
  type LocalizedText,
  neutraliseCell,
  statusLabel,
} from '@civic/shared';
import type { HistoryEntry } from './history-repository.ts';

/** Kazakh falls back to Russian where a text has no Kazakh version. */
const inLanguage = (text: LocalizedText, lang: Language): string => (lang === 'kk' ? (text.kk ?? text.ru) : text[lang]);

/** Absolute link to an initiative's page in the web app. */
export const initiativePageUrl = (base: string, id: string) => `${base}/initiatives/${encodeURIComponent(id)}`;

const cell = (value: string | number | boolean | null): string => neutraliseCell(value === null ? '' : String(value));

function neutralised<T extends Record<string, string | number | boolean | null>>(row: T): Record<keyof T, string> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cell(value)])) as Record<keyof T, string>;
}

/** One initiative as a CSV row: empty cell for null, true/false for flags, every cell neutralised. */
export function initiativeCsvRow(initiative: Initiative, lang: Language, base: string): InitiativeCsvRow {
  return neutralised({
    id: initiative.id,
    parent_id: initiative.parentId,
    title: inLanguage(initiative.title, lang),
    summary: inLanguage(initiative.summary, lang),
    kind: initiative.kind,
    owner: inLanguage(initiative.owner.name, lang),
    region: initiative.region,
    status: initiative.status,
    status_label: statusLabel(initiative.status, lang),
    progress: initiative.progress,
    legislative_stage: initiative.legislativeStage,
    target_date: initiative.targetDate,
    overdue: initiative.overdue,
    stale: initiative.stale,
    last_verified_at: initiative.lastVerifiedAt,
    updated_at: initiative.updatedAt,
    source_document: initiative.source?.documentId ?? null,
    source_quote: initiative.source?.quote ?? null,
    url: initiativePageUrl(base, initiative.id),
  });
}

/** One status change as a CSV row, same rules as the initiatives CSV. */
export function historyCsvRow(entry: HistoryEntry, lang: Language, base: string): HistoryCsvRow {
  return neutralised({
    id: entry.id,
    initiative_id: entry.initiativeId,
    initiative_title: inLanguage(entry.initiativeTitle, lang),
    from_status: entry.fromStatus,
    to_status: entry.toStatus,
    to_status_label: statusLabel(entry.toStatus, lang),
    from_progress: entry.fromProgress,
    to_progress: entry.toProgress,
    from_stage: entry.fromStage,
    to_stage: entry.toStage,
    note: entry.note,
    evidence_url: entry.evidenceUrl,
    actor: entry.actor,
    at: entry.at,
    url: initiativePageUrl(base, entry.initiativeId),
  });
}
