import { useTranslation } from 'react-i18next';
import type { Decision } from '../review-model.ts';

export interface DecisionButtonsProps {
  decision: Decision;
  editing: boolean;
  onAccept: () => void;
  onEdit: () => void;
  onReject: () => void;
}

/** Accept, edit or reject one candidate; the pressed state says which was chosen. */
export function DecisionButtons({ decision, editing, onAccept, onEdit, onReject }: DecisionButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions decision-buttons">
      <button type="button" className="button" aria-pressed={decision === 'accepted'} onClick={onAccept}>
        {t('imports.review.accept')}
      </button>
      <button type="button" className="button button-secondary" aria-expanded={editing} onClick={onEdit}>
        {t('imports.review.edit')}
      </button>
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={decision === 'rejected'}
        onClick={onReject}
      >
        {t('imports.review.reject')}
      </button>
    </div>
  );
}

/** What the rules saw, in the text's own words: why this passage was proposed. */
export function Reasons({ reasons, score }: { reasons: readonly string[]; score?: number }) {
  const { t } = useTranslation();
  return (
    <details className="candidate-reasons">
      <summary>{t('imports.review.why')}</summary>
      <ul lang="ru">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
        {score !== undefined && <li lang={undefined}>{t('imports.review.matchScore', { score: score.toFixed(2) })}</li>}
      </ul>
    </details>
  );
}
