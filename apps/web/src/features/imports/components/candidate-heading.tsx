import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../review-model.ts';

export interface CandidateHeadingProps {
  id: string;
  /** The proposal's place in the list (0-based); shown from 1, as in the text's highlights. */
  index: number;
  /** Brings the proposal's passage into view in the release text. */
  onShow: () => void;
  /** The official's decision; none on a confirmed draft, whose decisions are in the initiatives it wrote. */
  decision?: Decision;
  /** What the proposal is: a new initiative or an update. */
  children: ReactNode;
}

/** A proposal card's heading: its number (which shows the passage), what it is, and the official's decision. */
export function CandidateHeading({ id, index, onShow, decision, children }: CandidateHeadingProps) {
  const { t } = useTranslation();
  return (
    <h3 id={id}>
      <button
        type="button"
        className="candidate-number"
        onClick={onShow}
        aria-label={t('imports.review.showInText', { n: index + 1 })}
      >
        {index + 1}
      </button>{' '}
      <span className="candidate-what">{children}</span>
      {decision && <span className={`decision-tag is-${decision}`}>{t(`imports.review.decision.${decision}`)}</span>}
    </h3>
  );
}
