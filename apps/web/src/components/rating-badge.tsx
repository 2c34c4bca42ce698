import type { Agreement, Rating } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * Hues by step of the scale that no status uses (the overview draws both side by side), each 3:1 or more
 * against white; only "complete" has the green of the status "completed", which means the same.
 */
export const ratingColors: Record<Rating, string> = {
  not_started: '#8C5A2B',
  limited: '#7A7A00',
  substantial: '#00838F',
  complete: '#009E73',
  cannot_assess: '#263238',
};

/** Initiatives with no independent rating yet, in the ratings chart. */
export const notAssessedColour = '#5F6B7A';

export interface RatingBadgeProps {
  rating: Rating;
}

/** A rating of the independent scale, named as the CSV and Atom files name it. */
export function RatingBadge({ rating }: RatingBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className="status-badge rating-badge" data-rating={rating}>
      <span className="status-dot" style={{ background: ratingColors[rating] }} aria-hidden="true" />
      {t(`rating.${rating}`)}
    </span>
  );
}

export interface AgreementMarkProps {
  agreement: Agreement;
}

/** "In disagreement" stands out; agreement is stated plainly; nothing when not assessed. */
export function AgreementMark({ agreement }: AgreementMarkProps) {
  const { t } = useTranslation();
  if (agreement === 'not_assessed') return null;
  return (
    <span className={agreement === 'disagree' ? 'mark mark-disagree' : 'mark mark-agree'} data-agreement={agreement}>
      {t(`agreement.${agreement}`)}
    </span>
  );
}
