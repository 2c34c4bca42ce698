import type { Stats } from '@civic/shared/schemas';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { columnsHeight } from '../chart-data.ts';
import { ChartCard, type ChartTable } from './chart-card.tsx';

const ProgressStepChart = lazy(() =>
  import('../../../components/progress-step-chart.tsx').then((m) => ({ default: m.ProgressStepChart })),
);

export interface ProgressOverTimeCardProps {
  stats: Stats;
}

/** Mean progress of all initiatives over time; with fewer than two days it says what there is instead of a lone dot. */
export function ProgressOverTimeCard({ stats }: ProgressOverTimeCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const points = stats.progressOverTime.map((point) => ({ date: point.date, value: point.meanProgress }));
  const title = t('overview.charts.progressOverTime');
  const hint = t('overview.charts.progressOverTimeHint');
  const [only] = points;
  if (points.length < 2) {
    return (
      <section className="card chart-card chart-wide" aria-labelledby="progress-over-time-title">
        <h2 id="progress-over-time-title">{title}</h2>
        <p className="muted">{hint}</p>
        <p>
          {only
            ? t('overview.charts.progressOverTimeOne', {
                date: formatDate(only.date, lang),
                value: formatPercent(only.value, lang),
              })
            : t('overview.charts.progressOverTimeNone')}
        </p>
      </section>
    );
  }
  const table: ChartTable = {
    columns: [t('overview.columns.date'), t('overview.columns.meanProgress')],
    rows: points.map((point) => ({
      key: point.date,
      cells: [
        { value: point.date, text: formatDate(point.date, lang) },
        { value: point.value, text: formatPercent(point.value, lang) },
      ],
    })),
  };
  return (
    <ChartCard id="progress-over-time" wide title={title} hint={hint} table={table} height={columnsHeight}>
      <ProgressStepChart points={points} seriesLabel={t('overview.kpi.meanProgress')} />
    </ChartCard>
  );
}
