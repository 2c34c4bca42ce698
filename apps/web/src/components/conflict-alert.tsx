import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictAlertProps {
  /** What was refused, e.g. "Someone changed this milestone since you opened it…". */
  message: string;
  /** The record as it now stands, in a few words: shown after "Now:". */
  current: ReactNode;
  onReload: () => void;
}

/**
 * The answer to a 409 on any form: the typed values stay in the fields; the official sees what the
 * record holds now and may reload it before deciding what to save. When it appears it takes the
 * focus and scrolls into view, since a long form may have left it above the visible area.
 */
export function ConflictAlert({ message, current, onReload }: ConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <div className="form-alert" role="alert" ref={ref} tabIndex={-1}>
      <p>{message}</p>
      <div className="conflict-now">
        {t('officials.form.conflictNow')} {current}
      </div>
      <button type="button" className="button button-secondary" onClick={onReload}>
        {t('officials.form.reload')}
      </button>
    </div>
  );
}
