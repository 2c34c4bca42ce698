import {
  type CsvSeparator,
  csvQuoteTrigger,
  type HistoryCsvRow,
  type Initiative,
  type InitiativeCsvRow,
  type Language,
  type LocalizedText,
  neutraliseCell,
  statusLabel,
} from '@civic/shared';
import type { Options } from 'csv-stringify';
import type { HistoryEntry } from './history-repository.ts';

/** Kazakh falls back to Russian where a text has no Kazakh version. */
/** The text in `lang`; Kazakh falls back to Russian where there is none. */
export const inLanguage = (text: LocalizedText, lang: Language): string =>
  lang === 'kk' ? (text.kk ?? text.ru) : text[lang];

/** Absolute link to an initiative's page in the web app. */
export const initiativePageUrl = (base: string, id: string) => `${base}/initiatives/${encodeURIComponent(id)}`;

/**
 * The one csv-stringify configuration of every CSV the API writes (docs/csv.md): UTF-8 with BOM, so Excel reads
 * Cyrillic; CRLF after each record; a header row of the column keys; every cell neutralised against formulas
 * (`neutraliseCell`, OWASP CSV injection) and quoted when it holds a quote, `,`, `;`, TAB, CR or LF
 * (`csvQuoteTrigger`; csv-stringify alone quotes only the file's own separator and CRLF).
 * @param columns the column keys, in order; each record is an object with those keys and text values
 * @param sep the separator the reader asked for, `,` or `;`
 */
export function csvWriterOptions(columns: readonly string[], sep: CsvSeparator): Options {
  return {
    header: true,
    columns: [...columns],
    delimiter: sep,
    record_delimiter: 'windows',
    bom: true,
    quoted_match: csvQuoteTrigger,
    cast: {
      string: (value) => neutraliseCell(value),
      number: (value) => neutraliseCell(String(value)),
      boolean: (value) => String(value),
    },
  };
}

const text = (value: string | number | boolean | null): string => (value === null ? '' : String(value));

function asText<T extends Record<string, string | number | boolean | null>>(row: T): Record<keyof T, string> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)])) as Record<keyof T, string>;
}

/** One initiative as a CSV row of text: empty cell for null, true/false for flags; the writer neutralises. */
export function initiativeCsvRow(initiative: Initiative, lang: Language, base: string): InitiativeCsvRow {
  return asText({
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
  return asText({
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
