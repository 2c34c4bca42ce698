import type { UseQueryResult } from '@tanstack/react-query';
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

export interface QueryStateProps<T> {
  /** The page's (or the part's) query, as useQuery returns it. */
  query: UseQueryResult<T>;
  /** The heading when the query answers 404, e.g. "Initiative not found". */
  notFoundTitle?: string;
  /** What the data shows once it has come. */
  children: (data: T) => ReactNode;
}

/** A query's states in one place: loading, then its content, or the failure (not found, or a retry). */
export function QueryState<T>({ query, notFoundTitle, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} notFoundTitle={notFoundTitle} />;
  }
  return children(query.data);
}
