import {
  type LegislativeStage,
  languages,
  legislativeStages,
  type Status,
  stageLabel,
  statuses,
  statusLabel,
} from '@civic/shared';
import type { SheetValue } from './sheet-file.ts';
import type { SheetErrorCode } from './sheet-messages.ts';

/** A cell read as one of the import's values, or the reason it cannot be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; code: SheetErrorCode };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(code: SheetErrorCode): CellResult<T> => ({ ok: false, code });

/** A cell as the text a person sees in it (a date cell as YYYY-MM-DD; empty is ''). */
export function cellText(value: SheetValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.formulaWithoutValue;
  return String(value).trim();
}

const normal = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every accepted spelling (the code, and the label in each language) of each term, normalised. */
function spellings<T extends string>(
  codes: readonly T[],
  label: (code: T, lang: (typeof languages)[number]) => string,
) {
  return new Map<string, T>(
    codes.flatMap((code) => [
      [normal(code), code] as const,
      ...languages.map((l) => [normal(label(code, l)), code] as const),
    ]),
  );
}
const statusSpellings = spellings(statuses, statusLabel);
const stageSpellings = spellings(legislativeStages, stageLabel);

const isFormula = (value: SheetValue) => value !== null && typeof value === 'object' && !(value instanceof Date);

export function readStatus(value: SheetValue): CellResult<Status | undefined> {
  if (isFormula(value)) return bad('formula');
  const text = cellText(value);
  if (text === '') return ok(undefined);
  const status = statusSpellings.get(normal(text));
  return status ? ok(status) : bad('bad_status');
}

/** Empty means "no stage" (as in the export of an initiative that is not legislation). */
export function readStage(value: SheetValue): CellResult<LegislativeStage | null> {
  if (isFormula(value)) return bad('formula');
  const text = cellText(value);
  if (text === '') return ok(null);
  const stage = stageSpellings.get(normal(text));
  return stage ? ok(stage) : bad('bad_stage');
}

export function readProgress(value: SheetValue): CellResult<number | undefined> {
  if (isFormula(value)) return bad('formula');
  const text = cellText(value);
  if (text === '') return ok(undefined);
  const number = typeof value === 'number' ? value : /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isInteger(number) && number >= 0 && number <= 100 ? ok(number) : bad('bad_progress');
}

const validDay = (y: string, m: string, d: string) => {
  const iso = `${y}-${m}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
};

/** A date cell (its UTC day, as the export writes days) or text as YYYY-MM-DD or DD.MM.YYYY; empty is none. */
export function readDate(value: SheetValue): CellResult<string | null> {
  if (isFormula(value)) return bad('formula');
  if (value instanceof Date) return ok(value.toISOString().slice(0, 10));
  const text = cellText(value);
  if (text === '') return ok(null);
  const iso =
    /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/.exec(text) ?? /^(?<d>\d{2})\.(?<m>\d{2})\.(?<y>\d{4})$/.exec(text);
  const parts = iso?.groups;
  const day = parts ? validDay(parts.y ?? '', parts.m ?? '', parts.d ?? '') : null;
  return day ? ok(day) : bad('bad_date');
}

export function readVersion(value: SheetValue): CellResult<number> {
  const text = cellText(value);
  const number = typeof value === 'number' ? value : /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? ok(number) : bad('bad_version');
}

export function readText(value: SheetValue): CellResult<string> {
  return isFormula(value) ? bad('formula') : ok(cellText(value));
}
