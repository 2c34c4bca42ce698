import type { Stats } from '@civic/shared/schemas';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { columnsHeight } from '../chart-data.ts';
import { ChartCard, type ChartTable } from './chart-card.tsx';

const ProgressStepChart = lazy(() =>
  import('../../../components/progress-step-chart.tsx').then((m) => ({ default: m.ProgressStepChart })),
);

export interface ProgressOverTimeCardProps {
  stats: Stats;
}

/**
 * Mean progress of all initiatives over time, each day with the number of changes it saw; with fewer
 * than two days it says what there is (one day: its changes and the mean they moved from and to) instead of a lone dot.
 */
export function ProgressOverTimeCard({ stats }: ProgressOverTimeCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const days = stats.progressOverTime;
  const points = days.map((point) => ({ date: point.date, value: point.meanProgress }));
  const title = t('overview.charts.progressOverTime');
  const hint = t('overview.charts.progressOverTimeHint');
  const [only] = days;
  if (points.length < 2) {
    return (
      <section className="card chart-card chart-wide" aria-labelledby="progress-over-time-title">
        <h2 id="progress-over-time-title">{title}</h2>
        <p className="muted">{hint}</p>
        <p>
          {only
            ? t('overview.charts.progressOverTimeOne', {
                count: only.changes,
                date: formatDate(only.date, lang),
                from: formatPercent(only.fromMeanProgress, lang),
                value: formatPercent(only.meanProgress, lang),
              })
            : t('overview.charts.progressOverTimeNone')}
        </p>
      </section>
    );
  }
  const table: ChartTable = {
    columns: [t('overview.columns.date'), t('overview.columns.meanProgress'), t('overview.columns.changes')],
    rows: days.map((point) => ({
      key: point.date,
      cells: [
        { value: point.date, text: formatDate(point.date, lang) },
        { value: point.meanProgress, text: formatPercent(point.meanProgress, lang) },
        { value: point.changes, text: formatNumber(point.changes, lang) },
      ],
    })),
  };
  return (
    <ChartCard id="progress-over-time" wide title={title} hint={hint} table={table} height={columnsHeight}>
      <ProgressStepChart points={points} seriesLabel={t('overview.kpi.meanProgress')} />
    </ChartCard>
  );
}
