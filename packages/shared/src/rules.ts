import { addDays, localDay, startOfLocalDay } from './calendar.ts';
import { closedStatuses, type Status, statusProgressPreset } from './terms.ts';

/** A parent's progress: the rounded mean of its children's; null when it has none. */
export function rollUpProgress(childProgress: readonly number[]): number | null {
  if (childProgress.length === 0) return null;
  const sum = childProgress.reduce((total, value) => total + value, 0);
  return Math.round(sum / childProgress.length);
}

/**
 * The progress a parent's children give it: the rounded mean of the children that are not withdrawn.
 * A withdrawn commitment is neither progress nor the lack of it, so it leaves the average (docs/progress.md);
 * null when no child counts, and the parent keeps the figure it has.
 */
export function childrenProgress(children: readonly { status: Status; progress: number }[]): number | null {
  return rollUpProgress(children.filter((child) => child.status !== 'withdrawn').map((child) => child.progress));
}

/**
 * The progress a parent that follows its children takes: their mean (childrenProgress), held to the rule
 * that ties progress to status (progressConflict). A terminal status wins over the mean: a completed parent
 * stays at 100 %, a withdrawn one keeps the figure it was dropped at; any other parent follows the mean but
 * stops at 99 %, since 100 % is only for a completed initiative. null when the parent keeps the figure it
 * has (no child counts, or it is withdrawn). The API's roll-up, its status updates and the web's preview
 * all take a followed parent's figure from here (docs/progress.md).
 */
export function followedProgress(
  status: Status,
  children: readonly { status: Status; progress: number }[],
): number | null {
  const mean = childrenProgress(children);
  if (mean === null || status === 'withdrawn') return null;
  if (status === 'completed') return 100;
  return Math.min(mean, 99);
}

/** Progress after a status change: explicit wins, then the status preset, else unchanged. */
export function progressAfterChange(current: number, status: Status, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  return statusProgressPreset[status] ?? current;
}

/**
 * Whether a progress figure agrees with a status: "completed" is 100 %, and 100 % is only "completed".
 * Every other pairing is allowed: work can stall or be withdrawn at any point, and how far a bill or a
 * body has got short of completion is the official's call (the status presets are only a default). The API refuses an update whose
 * result breaks this (400 naming the field), and the status form says so beside the progress field.
 * Returns the reason in English for the error, or null when they agree.
 */
export function progressConflict(status: Status, progress: number): string | null {
  if (status === 'completed' && progress !== 100) return 'a completed initiative is at 100 %';
  if (status !== 'completed' && progress === 100) return '100 % is only for a completed initiative';
  return null;
}

export interface OverdueInput {
  status: Status;
  targetDate: string | null;
  /** Due dates of the milestones not yet completed. */
  openMilestoneDueDates: readonly (string | null)[];
}

/** What overdue and stale are judged against at one moment; the API's SQL takes exactly these values. */
export interface AttentionCutoffs {
  /** Today ("YYYY-MM-DD") in the configured zone: a due date before it has passed. */
  today: string;
  /** A verification before this instant (canonical ISO UTC) is stale. */
  staleBefore: string;
  /** The local day ("YYYY-MM-DD") staleBefore starts: a day before it lies past the stale threshold. */
  firstFreshDay: string;
}

export interface AttentionSettings {
  /** IANA zone the days follow (config TIME_ZONE). */
  timeZone: string;
  /** Whole days a verification stays fresh (config STALE_AFTER_DAYS). */
  staleAfterDays: number;
}

/**
 * The one source of "today" and of the stale cutoff. Days are the zone's calendar days (calendar.ts):
 * a verification made on local day D is fresh through day D + staleAfterDays and stale from the day
 * after, so both flags change only at local midnight. Rule from the product's issue on days
 * (Kazakhstan time, not UTC) and DESIGN.md ("stale when lastVerifiedAt is older than N days").
 */
export function attentionCutoffs(now: Date, settings: AttentionSettings): AttentionCutoffs {
  const today = localDay(now, settings.timeZone);
  const firstFreshDay = addDays(today, -settings.staleAfterDays);
  return { today, staleBefore: startOfLocalDay(firstFreshDay, settings.timeZone).toISOString(), firstFreshDay };
}

/** Overdue: a target or open milestone date lies before today, and the initiative is not closed. */
export function isOverdue(input: OverdueInput, today: string): boolean {
  if (closedStatuses.includes(input.status)) return false;
  const dates = [input.targetDate, ...input.openMilestoneDueDates];
  return dates.some((date) => date !== null && date < today);
}

/**
 * Stale: never verified, or verified before the cutoff. Stored timestamps are canonical ISO UTC
 * (Date#toISOString), so comparing the text is comparing the instants, as the SQL does.
 */
export function isStale(lastVerifiedAt: string | null, staleBefore: string): boolean {
  return lastVerifiedAt === null || lastVerifiedAt < staleBefore;
}

/** The instant the answers that depend on the clock may next change: the zone's next midnight. */
export function nextCutoffChange(now: Date, timeZone: string): Date {
  return startOfLocalDay(addDays(localDay(now, timeZone), 1), timeZone);
}

/** Lowercases and folds ё into е so that search matches however the word was typed. */
export function normalizeForSearch(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').normalize('NFC');
}
