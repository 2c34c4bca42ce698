import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../lib/api-client.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  notFoundTitle?: string;
}

/** A failed load: "not found" reads as such; anything else offers a retry. */
export function ErrorState({ error, onRetry, notFoundTitle }: ErrorStateProps) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <div className="state state-error">
        <h1>{notFoundTitle ?? t('common.notFound')}</h1>
        <p>{t('common.notFoundText')}</p>
        <Link to="/">{t('common.backHome')}</Link>
      </div>
    );
  }
  return (
    <div className="state state-error" role="alert">
      <p>{t('common.error')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}
