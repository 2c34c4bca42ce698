import type { StatusChange } from '@civic/shared/schemas';
import { type HistoryNames, historyChangeText } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOwnerNames } from '../../../lib/owners.ts';
import { initiativeTitle, pickText } from '../../../lib/pick-text.ts';
import { useInitiativeHistory } from '../api/get-initiative-history.ts';

export interface HistoryTimelineProps {
  initiativeId: string;
}

export function HistoryTimeline({ initiativeId }: HistoryTimelineProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const history = useInitiativeHistory(initiativeId);
  // Newest first, as the API pages it: readers come to see what changed last; older pages on request.
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  // Owners are named, not shown by id; their names are read only when an entry moved the owner.
  const names = useOwnerNames(
    lang,
    items.some((change) => change.changes.some((field) => field.field === 'ownerId')),
  );

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('initiative.history')}</h2>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && items.length === 0 && <p className="muted">{t('initiative.noHistory')}</p>}
      {items.length > 0 && (
        <ol className="timeline">
          {items.map((change) => (
            <li key={change.id} className="timeline-item">
              <p className="timeline-meta">
                <time dateTime={change.at}>{formatDateTime(change.at, lang)}</time>
                {/* An entry recorded from the source text has no person behind it: its kind says so. */}
                {change.actor && <span>{t('initiative.changedBy', { actor: change.actor })}</span>}
                {change.sourceFile && (
                  <span className="timeline-file">{t('initiative.fromFile', { file: change.sourceFile })}</span>
                )}
              </p>
              <TimelineChange change={change} names={names} />
              {change.cause && <RollupCause cause={change.cause} />}
              {change.note && <p className="timeline-note">{change.note}</p>}
              {change.evidenceUrl && (
                <p>
                  <a href={change.evidenceUrl} rel="noopener noreferrer nofollow" target="_blank">
                    {t('initiative.evidence')}
                  </a>
                </p>
              )}
              {change.evidence && (
                <p>
                  <Link to={`/sources/${change.evidence.documentId}#passage-${initiativeId}`}>
                    {t('initiative.evidencePassage')}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('initiative.showOlderChanges')}
        </button>
      )}
    </section>
  );
}

/** The child a rollup came from, by its title in the reader's language, linked. */
function RollupCause({ cause }: { cause: NonNullable<StatusChange['cause']> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const title = pickText(initiativeTitle(cause), lang).text;
  return (
    <p className="timeline-cause">
      <Link to={`/initiatives/${cause.id}`}>{t('initiative.rollupCause', { title })}</Link>
    </p>
  );
}

/** What an entry changed: its kind, the status it moved to (or was created in), and each field from → to. */
function TimelineChange({ change, names }: { change: StatusChange; names: HistoryNames }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = change.kind === 'status_change' ? change.changes.filter((c) => c.field !== 'status') : change.changes;
  return (
    <>
      <p className="timeline-change">
        <span className="timeline-kind">
          {t(`historyKind.${change.kind}`)}
          {/* The colon stays on the label: the line is a flex row, whose gap would set it apart. */}
          {(change.kind === 'status_change' || change.kind === 'created') && ':'}
        </span>
        {(change.kind === 'status_change' || change.kind === 'created') && (
          <>
            {change.fromStatus && change.fromStatus !== change.toStatus && (
              <>
                <StatusBadge status={change.fromStatus} />
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> — </span>
              </>
            )}
            <StatusBadge status={change.toStatus} />
          </>
        )}
      </p>
      {shown.length > 0 && (
        <ul className="timeline-changes">
          {shown.map((field) => (
            <li key={field.field}>
              {historyChangeText(field, lang, { ...names, day: (day) => formatDate(day, lang) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
