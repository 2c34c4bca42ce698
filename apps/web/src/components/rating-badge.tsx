import type { Agreement, Rating } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';

/** Okabe–Ito hues by step of the scale, as the status colours; grey for cannot_assess. */
export const ratingColors: Record<Rating, string> = {
  not_started: '#999999',
  limited: '#E69F00',
  substantial: '#56B4E9',
  complete: '#009E73',
  cannot_assess: '#CCCCCC',
};

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
