import type { AttentionCutoffs } from './rules.ts';
import type { Language, Status } from './terms.ts';

/**
 * The independent rating scale: the completion levels of the Open Government Partnership's
 * Independent Reporting Mechanism, in order, plus cannot_assess (not a level: the monitor could not
 * judge). The order of `scaleLevels` is the order of steps the agreement rule counts.
 */
export const scaleLevels = ['not_started', 'limited', 'substantial', 'complete'] as const;
export type ScaleLevel = (typeof scaleLevels)[number];

export const ratings = [...scaleLevels, 'cannot_assess'] as const;
export type Rating = (typeof ratings)[number];

/** Whether the official and independent ratings agree; not_assessed without a comparable rating. */
export const agreements = ['agree', 'disagree', 'not_assessed'] as const;
export type Agreement = (typeof agreements)[number];

export const isRating = (value: unknown): value is Rating =>
  typeof value === 'string' && (ratings as readonly string[]).includes(value);

/** Names of the ratings in each language: the pages, the CSV files and the Atom feeds all print these. */
export const ratingLabels: Record<Language, Record<Rating, string>> = {
  ru: {
    not_started: 'Не начато',
    limited: 'Ограниченно',
    substantial: 'Существенно',
    complete: 'Выполнено полностью',
    cannot_assess: 'Невозможно оценить',
  },
  kk: {
    not_started: 'Басталмаған',
    limited: 'Шектеулі',
    substantial: 'Айтарлықтай',
    complete: 'Толық орындалды',
    cannot_assess: 'Бағалау мүмкін емес',
  },
  en: {
    not_started: 'Not started',
    limited: 'Limited',
    substantial: 'Substantial',
    complete: 'Complete',
    cannot_assess: 'Cannot assess',
  },
};

export const ratingLabel = (rating: Rating, lang: Language): string => ratingLabels[lang][rating];

/** "Independent assessment" in each language: the feeds' entry titles name an assessment so. */
export const independentAssessmentLabels: Record<Language, string> = {
  ru: 'независимая оценка',
  kk: 'тәуелсіз баға',
  en: 'independent assessment',
};

/**
 * Names of the agreement values in each language, as the pages and exports print them. `agree` covers
 * ratings one step apart too (`agreementOf`), so it is named "no disagreement", not "the ratings agree",
 * which a reader seeing two different ratings side by side would take as false.
 */
export const agreementLabels: Record<Language, Record<Agreement, string>> = {
  ru: { agree: 'Без расхождения', disagree: 'Расхождение', not_assessed: 'Не оценено' },
  kk: { agree: 'Алшақтық жоқ', disagree: 'Алшақтық', not_assessed: 'Бағаланбаған' },
  en: { agree: 'No disagreement', disagree: 'In disagreement', not_assessed: 'Not assessed' },
};

export const agreementLabel = (agreement: Agreement, lang: Language): string => agreementLabels[lang][agreement];

/**
 * The officials' own word mapped onto the scale (docs/assessments.md, table "Official rating"):
 * completed → complete; otherwise progress ≥ 50 → substantial, progress ≥ 1 → limited, else
 * not_started. Stalled and withdrawn keep the level their progress reached. The API's SQL is built
 * from this same table.
 */
export const officialRatingRule: {
  completedStatus: Status;
  /** Progress thresholds (0–100, %), highest first: the first one met gives the level. */
  byProgress: readonly { minProgress: number; level: ScaleLevel }[];
  otherwise: ScaleLevel;
} = {
  completedStatus: 'completed',
  byProgress: [
    { minProgress: 50, level: 'substantial' },
    { minProgress: 1, level: 'limited' },
  ],
  otherwise: 'not_started',
};

export function officialRating(status: Status, progress: number): ScaleLevel {
  if (status === officialRatingRule.completedStatus) return 'complete';
  return (
    officialRatingRule.byProgress.find((step) => progress >= step.minProgress)?.level ?? officialRatingRule.otherwise
  );
}

/** Position of a level on the scale (0 = not_started … 3 = complete). */
export const scaleStep = (level: ScaleLevel): number => scaleLevels.indexOf(level);

export interface AgreementInput {
  status: Status;
  progress: number;
  /** The latest independent rating of the initiative; null when none was recorded. */
  rating: Rating | null;
  /** Its as-of day ("YYYY-MM-DD"). */
  asOf: string | null;
  /** When the officials last recorded a change of status or progress (ISO UTC), else the initiative's creation. */
  officialSince: string;
}

/**
 * Disagreement (docs/assessments.md): the latest independent rating and the official one lie two or
 * more steps apart, or one step with the independent one lower and both standing longer than the
 * stale threshold — the as-of day before cutoffs.firstFreshDay and the officials' last change before
 * cutoffs.staleBefore. No rating, or cannot_assess, is not_assessed.
 */
export function agreementOf(
  input: AgreementInput,
  cutoffs: Pick<AttentionCutoffs, 'firstFreshDay' | 'staleBefore'>,
): Agreement {
  if (input.rating === null || input.rating === 'cannot_assess' || input.asOf === null) return 'not_assessed';
  const gap = scaleStep(officialRating(input.status, input.progress)) - scaleStep(input.rating);
  if (Math.abs(gap) >= 2) return 'disagree';
  const settled = input.asOf < cutoffs.firstFreshDay && input.officialSince < cutoffs.staleBefore;
  return gap === 1 && settled ? 'disagree' : 'agree';
}
