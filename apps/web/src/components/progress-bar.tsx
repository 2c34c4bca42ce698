import { useTranslation } from 'react-i18next';
import { formatPercent } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';

export interface ProgressBarProps {
  value: number;
  /** Shows the figure beside the bar. */
  showValue?: boolean;
}

export function ProgressBar({ value, showValue = true }: ProgressBarProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = formatPercent(value, lang);
  return (
    <span className="progress">
      <span
        className="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
        aria-label={t('initiative.progressOf', { value: text })}
      >
        <span className="progress-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      {showValue && (
        <span className="progress-value" aria-hidden="true">
          {text}
        </span>
      )}
    </span>
  );
}
