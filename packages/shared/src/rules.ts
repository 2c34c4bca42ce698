import { closedStatuses, type Status, statusProgressPreset } from './vocabulary.ts';

const dayMs = 86_400_000;

/** A parent's progress: the rounded mean of its children's; null when it has none. */
export function rollUpProgress(childProgress: readonly number[]): number | null {
  if (childProgress.length === 0) return null;
  const sum = childProgress.reduce((total, value) => total + value, 0);
  return Math.round(sum / childProgress.length);
}

/** Progress after a status change: explicit wins, then the status preset, else unchanged. */
export function progressAfterChange(current: number, status: Status, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  return statusProgressPreset[status] ?? current;
}

export interface OverdueInput {
  status: Status;
  targetDate: string | null;
  /** Due dates of the milestones not yet completed. */
  openMilestoneDueDates: readonly (string | null)[];
}

/** Overdue: a target or open milestone date lies before today, and the initiative is not closed. */
export function isOverdue(input: OverdueInput, today: string): boolean {
  if (closedStatuses.includes(input.status)) return false;
  const dates = [input.targetDate, ...input.openMilestoneDueDates];
  return dates.some((date) => date !== null && date < today);
}

/** Stale: never verified, or verified longer ago than the threshold. */
export function isStale(lastVerifiedAt: string | null, now: Date, staleAfterDays: number): boolean {
  if (lastVerifiedAt === null) return true;
  return now.getTime() - Date.parse(lastVerifiedAt) > staleAfterDays * dayMs;
}

/** The instant before which a verification counts as stale. */
export function staleCutoff(now: Date, staleAfterDays: number): string {
  return new Date(now.getTime() - staleAfterDays * dayMs).toISOString();
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Lowercases and folds ё into е so that search matches however the word was typed. */
export function normalizeForSearch(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').normalize('NFC');
}
