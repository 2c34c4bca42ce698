import type { StatusChange } from '@civic/shared/schemas';

/** Kinds of entry by which an official (or their spreadsheet) can type a progress in. */
const typedKinds: readonly StatusChange['kind'][] = ['status_change', 'field_change'];

/**
 * When the progress was last typed in: the newest official's change that moved it, or null when the
 * entries given (newest first) do not show one.
 */
export function progressSetOn(history: readonly StatusChange[]): string | null {
  const entry = history.find(
    (change) => typedKinds.includes(change.kind) && change.changes.some((moved) => moved.field === 'progress'),
  );
  return entry?.at ?? null;
}
