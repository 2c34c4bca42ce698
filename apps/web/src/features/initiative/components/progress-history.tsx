import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { formatDate, formatPercent, pageTimeZone } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { progressByDay } from '../../../lib/progress-series.ts';
import { useWholeHistory } from '../api/get-progress-history.ts';

const ProgressStepChart = lazy(() =>
  import('../../../components/progress-step-chart.tsx').then((m) => ({ default: m.ProgressStepChart })),
);

export interface ProgressHistoryProps {
  initiativeId: string;
}

/**
 * The initiative's progress over time as steps, with its numbers as a table in which each day lists
 * every change it saw; a single day is said in words: unchanged, or moved from → to with each change.
 */
export function ProgressHistory({ initiativeId }: ProgressHistoryProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const history = useWholeHistory(initiativeId);
  const points = history.data ? progressByDay(history.data, pageTimeZone()) : [];
  const title = t('initiative.progressOverTime');
  const [only] = points;
  const percent = (value: number) => formatPercent(value, lang);
  const rows = points.map((point) => ({
    date: formatDate(point.date, lang),
    value: percent(point.value),
    steps: point.steps.length > 0 ? [point.from, ...point.steps].map(percent).join(' → ') : '—',
    key: point.date,
  }));

  return (
    <section className="card" aria-labelledby="progress-history-heading">
      <h2 id="progress-history-heading">{title}</h2>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && points.length === 0 && <p className="muted">{t('initiative.noHistory')}</p>}
      {only && points.length === 1 && only.steps.length === 0 && (
        <p className="muted">{t('initiative.progressOverTimeOne', { value: rows[0]?.value, date: rows[0]?.date })}</p>
      )}
      {only && points.length === 1 && only.steps.length > 0 && (
        <p className="muted">
          {t('initiative.progressOverTimeMoved', {
            count: only.steps.length,
            date: rows[0]?.date,
            from: percent(only.from),
            to: percent(only.value),
            steps: rows[0]?.steps,
          })}
        </p>
      )}
      {points.length > 1 && (
        <>
          <p className="muted">{t('initiative.progressOverTimeHint')}</p>
          <div
            className="chart-frame progress-history-frame"
            role="img"
            aria-label={t('overview.chartAlt', { summary: rows.map((row) => `${row.date}: ${row.value}`).join('; ') })}
          >
            <Suspense fallback={<p className="chart-loading">{t('overview.chartLoading')}</p>}>
              <ProgressStepChart points={points} seriesLabel={t('initiative.progress')} />
            </Suspense>
          </div>
          <details className="chart-table">
            <summary>{t('overview.showTable')}</summary>
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.columns.date')}</th>
                  <th scope="col">{t('overview.columns.progress')}</th>
                  <th scope="col">{t('initiative.changesThatDay')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.date}</th>
                    <td className="num">{row.value}</td>
                    <td>{row.steps}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
