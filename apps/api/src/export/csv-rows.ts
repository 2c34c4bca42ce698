import {
  type AssessmentCsvRow,
  type CsvSeparator,
  csvCell,
  csvQuoteTrigger,
  type HistoryCsvRow,
  type HistoryNames,
  historyChangeText,
  historyKindLabel,
  type Initiative,
  type InitiativeCsvRow,
  type Language,
  type LocalizedText,
  neutraliseCell,
  type Rating,
  ratingLabel,
  type Status,
  statusLabel,
} from '@civic/shared';
import type { Options } from 'csv-stringify';
import type { AssessmentEntry } from '../assessments/assessments-repository.ts';
import type { HistoryEntry } from './history-repository.ts';
import type { InitiativeCsvSource } from './initiatives-csv-repository.ts';

/** The text in `lang`; Kazakh falls back to Russian where there is none. */
export const inLanguage = (text: LocalizedText, lang: Language): string =>
  lang === 'kk' ? (text.kk ?? text.ru) : text[lang];

/** Absolute link to an initiative's page in the web app. */
export const initiativePageUrl = (base: string, id: string) => `${base}/initiatives/${encodeURIComponent(id)}`;

/**
 * The one csv-stringify configuration of the API's CSVs (docs/csv.md; the initiatives CSV writes the same bytes
 * with csvCell): UTF-8 with BOM, so Excel reads Cyrillic; CRLF after each record; a header row of the column keys; every cell neutralised against formulas
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

/** Who assessed, as every export prints it: the organisation, then the monitor's public name. */
export const assessorName = (a: { organisation: string; assessor: string }): string =>
  `${a.organisation} (${a.assessor})`;

/** One initiative as a CSV row of text: empty cell for null, true/false for flags; the writer neutralises. */
export function initiativeCsvRow(initiative: Initiative, lang: Language, base: string): InitiativeCsvRow {
  const latest = initiative.latestAssessment;
  return {
    id: text(initiative.id),
    parent_id: text(initiative.parentId),
    title: text(inLanguage(initiative.title, lang)),
    summary: text(inLanguage(initiative.summary, lang)),
    kind: text(initiative.kind),
    owner: text(inLanguage(initiative.owner.name, lang)),
    region: text(initiative.region),
    status: text(initiative.status),
    status_label: text(statusLabel(initiative.status, lang)),
    progress: text(initiative.progress),
    legislative_stage: text(initiative.legislativeStage),
    target_date: text(initiative.targetDate),
    overdue: text(initiative.overdue),
    stale: text(initiative.stale),
    last_verified_at: text(initiative.lastVerifiedAt),
    updated_at: text(initiative.updatedAt),
    source_document: text(initiative.source?.documentId ?? null),
    source_quote: text(initiative.source?.quote ?? null),
    independent_rating: text(latest?.rating ?? null),
    independent_rating_label: text(latest ? ratingLabel(latest.rating, lang) : null),
    independent_assessed_at: text(latest?.asOf ?? null),
    independent_assessor: text(latest ? assessorName(latest) : null),
    agreement: text(initiative.agreement),
    url: text(initiativePageUrl(base, initiative.id)),
  };
}

/** The cells of a history or assessment row that name its initiative and link to its page. */
const aboutInitiative = (
  entry: { id: string; initiativeId: string; initiativeTitle: LocalizedText },
  lang: Language,
  base: string,
) => ({
  id: text(entry.id),
  initiative_id: text(entry.initiativeId),
  initiative_title: text(inLanguage(entry.initiativeTitle, lang)),
  url: text(initiativePageUrl(base, entry.initiativeId)),
});

/** The BOM and the header row of a CSV in the product's format, as csv-stringify writes them with csvWriterOptions. */
export const csvHead = (columns: readonly string[], sep: CsvSeparator) => `\uFEFF${columns.map(csvCell).join(sep)}\r\n`;

// PostgreSQL may hand back computed integers as strings; SQLite as numbers.
const flag = (value: number | string | boolean) => String(value === true || Number(value) === 1);

/**
 * Lines of the initiatives CSV, one per row, each made as it is asked for: the cells of initiativeCsvRow written
 * straight from the values read (no record per row), each by csvCell, the cell rule csvWriterOptions gives
 * csv-stringify, CRLF after each record. A test holds it byte for byte to csv-stringify's output.
 * A page is never joined into one text: about 1.4 MB of UTF-16 for 1 000 rows in Cyrillic is a string too large
 * for the young generation, which stays in memory until a full collection; each line is encoded into the
 * response's buffers as soon as it is made (text-in-turns.ts).
 */
export function* initiativeCsvLines(
  rows: readonly InitiativeCsvSource[],
  lang: Language,
  base: string,
  sep: CsvSeparator,
): Generator<string, void, undefined> {
  const c = (value: string | null) => (value === null ? '' : csvCell(value));
  for (const row of rows) {
    const [id, parentId, title, summary, kind, owner, region, status, progress, stage, targetDate] = row;
    const [, , , , , , , , , , , overdue, stale, lastVerifiedAt, updatedAt, documentId, quote, start, end] = row;
    const [, , , , , , , , , , , , , , , , , , , rating, assessedAt, organisation, assessor, agreement] = row;
    const hasSource = Boolean(documentId) && quote !== null && start !== null && end !== null;
    const latest =
      rating === null ? null : { rating: rating as Rating, organisation: organisation ?? '', assessor: assessor ?? '' };
    yield `${c(id)}${sep}${c(parentId)}${sep}${c(title)}${sep}${c(summary)}${sep}${c(kind)}${sep}${c(owner)}${sep}${c(region)}${sep}${c(status)}${sep}${c(statusLabel(status as Status, lang))}${sep}${c(String(Number(progress)))}${sep}${c(stage)}${sep}${c(targetDate)}${sep}${c(flag(overdue))}${sep}${c(flag(stale))}${sep}${c(lastVerifiedAt)}${sep}${c(updatedAt)}${sep}${c(hasSource ? documentId : null)}${sep}${c(hasSource ? quote : null)}${sep}${c(rating)}${sep}${c(latest && ratingLabel(latest.rating, lang))}${sep}${c(assessedAt)}${sep}${c(latest && assessorName(latest))}${sep}${c(agreement)}${sep}${c(initiativePageUrl(base, id))}\r\n`;
  }
}

/** The fields a history entry moved, in `lang`: "Target date: 2027-01-01 → 2027-06-30; Progress: 0 % → 25 %". */
export const historyChangesText = (entry: HistoryEntry, lang: Language, names: HistoryNames = {}): string =>
  entry.changes.map((change) => historyChangeText(change, lang, names)).join('; ');

/** The names a history entry's ids print as in `lang` (an owner's id → its name), from the owners' names by id. */
export const historyNamesIn = (owners: ReadonlyMap<string, LocalizedText>, lang: Language): HistoryNames => ({
  owner: (id) => {
    const name = owners.get(id);
    return name === undefined ? undefined : inLanguage(name, lang);
  },
});

/** One history entry as a CSV row, same rules as the initiatives CSV (every cell neutralised). */
export function historyCsvRow(
  entry: HistoryEntry,
  lang: Language,
  base: string,
  names: HistoryNames = {},
): HistoryCsvRow {
  return {
    ...aboutInitiative(entry, lang, base),
    kind: text(entry.kind),
    kind_label: text(historyKindLabel(entry.kind, lang)),
    changes: text(historyChangesText(entry, lang, names)),
    from_status: text(entry.fromStatus),
    to_status: text(entry.toStatus),
    to_status_label: text(statusLabel(entry.toStatus, lang)),
    from_progress: text(entry.fromProgress),
    to_progress: text(entry.toProgress),
    from_stage: text(entry.fromStage),
    to_stage: text(entry.toStage),
    note: text(entry.note),
    evidence_url: text(entry.evidenceUrl),
    actor: text(entry.actor),
    at: text(entry.at),
  };
}

/** One assessment as a CSV row; evidence links separated by a space (a URL holds none). */
export function assessmentCsvRow(entry: AssessmentEntry, lang: Language, base: string): AssessmentCsvRow {
  return {
    ...aboutInitiative(entry, lang, base),
    rating: text(entry.rating),
    rating_label: text(ratingLabel(entry.rating, lang)),
    rationale: text(entry.rationale),
    evidence_urls: text(entry.evidenceUrls.join(' ')),
    as_of: text(entry.asOf),
    organisation: text(entry.organisation),
    assessor: text(entry.assessor),
    created_at: text(entry.createdAt),
    superseded_by: text(entry.supersededBy),
  };
}
