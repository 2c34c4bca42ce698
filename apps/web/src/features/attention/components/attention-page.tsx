import type { Initiative } from '@civic/shared/schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InitiativeListItem } from '../../../components/initiative-list-item.tsx';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { type AttentionReason, useAttention } from '../api/get-attention.ts';
import '../attention.css';
import { initiativeTitle } from '../../../lib/pick-text.ts';

export interface AttentionPageProps {
  /** Wraps the lists, e.g. to ask a visitor to log in first. */
  guard: (lists: ReactNode) => ReactNode;
}

/** What needs an official's look: the overdue initiatives and those not verified for too long. */
export function AttentionPage({ guard }: AttentionPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('officials.attention.title')} />
      <header className="page-header">
        <h1>{t('officials.attention.title')}</h1>
        <p className="lead">{t('officials.attention.intro')}</p>
      </header>
      {guard(
        <>
          {/* Only for those who may update: a visitor is asked to log in instead. */}
          <p>
            <Link to="/spreadsheet-imports">{t('spreadsheets.linkFromAttention')}</Link>
          </p>
          <div className="attention-grid">
            <AttentionList reason="overdue" />
            <AttentionList reason="stale" />
          </div>
        </>,
      )}
    </div>
  );
}

function AttentionList({ reason }: { reason: AttentionReason }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useAttention(reason, lang);
  const headingId = `attention-${reason}`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`officials.attention.${reason}`)}
        {query.data && ` (${query.data.total})`}
      </h2>
      <p className="muted">{t(`officials.attention.${reason}Hint`)}</p>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && <p>{t('officials.attention.none')}</p>}
      {query.data && query.data.items.length > 0 && (
        <ul className="initiative-list">
          {query.data.items.map((item) => (
            <InitiativeListItem
              key={item.id}
              id={item.id}
              title={initiativeTitle(item)}
              status={item.status}
              reason={reason === 'overdue' ? targetText(item, t, lang) : verifiedText(item, t, lang)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** Why an item is overdue: its late milestone, named with its date, and else its target date. */
function targetText(item: Initiative, t: T, lang: ReturnType<typeof useLanguage>): string {
  const parts: string[] = [];
  if (item.overdueMilestone) {
    parts.push(
      t('officials.attention.milestoneOverdue', {
        title: item.overdueMilestone.title,
        date: formatDate(item.overdueMilestone.dueDate, lang),
      }),
    );
  }
  if (item.targetDate) parts.push(t('officials.attention.targetDate', { date: formatDate(item.targetDate, lang) }));
  return parts.join('; ');
}

function verifiedText(item: Initiative, t: T, lang: ReturnType<typeof useLanguage>): string {
  return item.lastVerifiedAt
    ? t('officials.attention.lastVerified', { date: formatDate(item.lastVerifiedAt, lang) })
    : t('initiative.neverVerified');
}
