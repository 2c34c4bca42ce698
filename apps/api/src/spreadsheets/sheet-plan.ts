import {
  type Language,
  type SheetChangeField,
  type SheetRowReport,
  type StatusChangeInput,
  statusChangeInputSchema,
} from '@civic/shared';
import { AppError } from '../errors/app-error.ts';
import { decideChange } from '../initiatives/initiative-change.ts';
import type { TitledState, VersionedState } from '../initiatives/initiatives-write-repository.ts';
import {
  type CellResult,
  cellText,
  readDate,
  readProgress,
  readStage,
  readStatus,
  readText,
  readVersion,
} from './sheet-cells.ts';
import type { ReadColumn } from './sheet-columns.ts';
import type { SheetValue } from './sheet-file.ts';
import { type SheetErrorCode, sheetErrorMessages } from './sheet-messages.ts';

/** A row to apply: the change an official's status form would send, at the version the file was exported at. */
export interface PlannedChange {
  id: string;
  version: number;
  input: StatusChangeInput;
}

/** `A` for the first column, `AA` after `Z`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const inputField: Record<SheetChangeField, ReadColumn> = {
  status: 'status',
  progress: 'progress',
  legislativeStage: 'legislative_stage',
  targetDate: 'target_date',
};

/** Which column a status-change field, as the rules name it, comes from. */
const columnOfRuleField = (field: string): ReadColumn =>
  field === 'note'
    ? 'note'
    : field === 'evidenceUrl'
      ? 'evidence_url'
      : (inputField[field as SheetChangeField] ?? 'status');

interface RowContext {
  row: number;
  cells: readonly SheetValue[];
  at: Partial<Record<ReadColumn, number>>;
  lang: Language;
  errors: SheetRowReport['errors'];
}

function errorAt(ctx: RowContext, column: ReadColumn, code: SheetErrorCode, detail?: string) {
  const index = ctx.at[column] ?? 0;
  const message = sheetErrorMessages[code][ctx.lang];
  ctx.errors.push({
    cell: `${columnLetter(index)}${ctx.row}`,
    value: cellText(ctx.cells[index] ?? null),
    code,
    message: detail ? `${message}: ${detail}` : message,
  });
}

/** The cell of `column` read by `read`; undefined (and an error noted) when it does not read, or absent. */
function cell<T>(ctx: RowContext, column: ReadColumn, read: (value: SheetValue) => CellResult<T>): T | undefined {
  const index = ctx.at[column];
  if (index === undefined) return undefined;
  const result = read(ctx.cells[index] ?? null);
  if (result.ok) return result.value;
  errorAt(ctx, column, result.code);
  return undefined;
}

const report = (
  row: number,
  id: string | null,
  outcome: SheetRowReport['outcome'],
  state: TitledState | undefined,
): SheetRowReport => ({
  row,
  id,
  title: state?.title ?? null,
  outcome,
  changes: [],
  errors: [],
  conflict: null,
});

/** The file's values that differ from the stored ones; a column the file lacks changes nothing. */
function diff(ctx: RowContext, state: VersionedState): SheetRowReport['changes'] {
  const values: Record<SheetChangeField, string | number | null | undefined> = {
    status: cell(ctx, 'status', readStatus),
    progress: cell(ctx, 'progress', readProgress),
    legislativeStage: cell(ctx, 'legislative_stage', readStage),
    targetDate: cell(ctx, 'target_date', readDate),
  };
  return (Object.keys(values) as SheetChangeField[])
    .filter((field) => values[field] !== undefined && values[field] !== state[field])
    .map((field) => ({ field, from: state[field], to: values[field] ?? null }));
}

/** The status change of a changed row, checked by the same schema and rules as the status form's. */
function changeOf(ctx: RowContext, id: string, state: VersionedState, changes: SheetRowReport['changes']) {
  const note = cell(ctx, 'note', readText) ?? '';
  const evidence = cell(ctx, 'evidence_url', readText) ?? '';
  if (note === '') errorAt(ctx, 'note', 'note_required');
  const candidate = {
    note,
    ...(evidence ? { evidenceUrl: evidence } : {}),
    ...Object.fromEntries(changes.map((c) => [c.field, c.to])),
  };
  const parsed = statusChangeInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'status');
      if (field === 'note' && note === '') continue;
      const code: SheetErrorCode =
        field === 'note' ? 'note_too_long' : field === 'evidenceUrl' ? 'bad_evidence' : 'rule';
      errorAt(ctx, columnOfRuleField(field), code, code === 'rule' ? issue.message : undefined);
    }
    return undefined;
  }
  try {
    decideChange(id, state, parsed.data, '', new Date(0).toISOString());
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    for (const e of err.errors ?? []) errorAt(ctx, columnOfRuleField(e.field), 'rule', e.message);
    return undefined;
  }
  return parsed.data;
}

/**
 * What the file would do, row by row, against the stored states (read once, before): unchanged,
 * changed (each field from → to), error (cell, value, what is wrong in `lang`) or conflict (the row
 * was exported at an older version than the stored one). Writes nothing.
 */
export function planRows(
  rows: readonly { row: number; cells: SheetValue[] }[],
  at: Partial<Record<ReadColumn, number>>,
  states: ReadonlyMap<string, TitledState>,
  lang: Language,
): { reports: SheetRowReport[]; changes: PlannedChange[] } {
  const reports: SheetRowReport[] = [];
  const changes: PlannedChange[] = [];
  const seen = new Set<string>();
  for (const { row, cells } of rows) {
    const ctx: RowContext = { row, cells, at, lang, errors: [] };
    const id = cellText(cells[at.id ?? 0] ?? null);
    const version = cell(ctx, 'version', readVersion);
    const state = states.get(id);
    if (!state) errorAt(ctx, 'id', 'unknown_id');
    else if (seen.has(id)) errorAt(ctx, 'id', 'duplicate_id');
    seen.add(id);
    if (state && version !== undefined && version > state.version) errorAt(ctx, 'version', 'future_version');
    if (state && version !== undefined && version < state.version && ctx.errors.length === 0) {
      const { status, progress, legislativeStage, targetDate } = state;
      reports.push({
        ...report(row, id, 'conflict', state),
        conflict: {
          fileVersion: version,
          version: state.version,
          current: { status, progress, legislativeStage, targetDate },
        },
      });
      continue;
    }
    const fieldChanges = state ? diff(ctx, state) : [];
    const input = state && fieldChanges.length > 0 ? changeOf(ctx, id, state, fieldChanges) : undefined;
    if (ctx.errors.length > 0) reports.push({ ...report(row, id || null, 'error', state), errors: ctx.errors });
    else if (input && version !== undefined) {
      reports.push({ ...report(row, id, 'changed', state), changes: fieldChanges });
      changes.push({ id, version, input });
    } else reports.push(report(row, id, 'unchanged', state));
  }
  return { reports, changes };
}
