import type { Stats } from '@civic/shared/schemas';
import { kinds, statuses } from '@civic/shared/vocabulary';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { formatDate, formatMonth } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { useAllInitiatives } from '../api/get-all-initiatives.ts';
import { useStats } from '../api/get-stats.ts';
import { ChartCardPlaceholder, type ChartTable } from './chart-card.tsx';
import { ColumnsChart } from './columns-chart.tsx';
import { CountChart } from './count-chart.tsx';
import { KpiCards, KpiCardsPlaceholder } from './kpi-cards.tsx';
import { ProgressChart, progressChartHeight } from './progress-chart.tsx';
import { ProgressOverTimeCard } from './progress-over-time-card.tsx';
import { RatingChart } from './rating-chart.tsx';

const accent = '#0072B2';

export interface OverviewPageProps {
  /** Links under the introduction, e.g. "Subscribe" and "Open data". */
  actions?: ReactNode;
  /** Which press releases the figures come from, under the introduction. */
  sources?: ReactNode;
}

export default function OverviewPage({ actions, sources }: OverviewPageProps) {
  const { t } = useTranslation();
  const stats = useStats();

  return (
    <div className="page">
      <PageTitle title={t('overview.title')} />
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="lead">{t('overview.intro')}</p>
        {sources && <div className="muted sources-line">{sources}</div>}
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {stats.isPending && <KpiCardsPlaceholder />}
      {stats.isError && <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.data && (
        <>
          <KpiCards stats={stats.data} />
          <OverviewCharts stats={stats.data} />
        </>
      )}
    </div>
  );
}

function OverviewCharts({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const initiatives = useAllInitiatives();
  const statusLabel = (status: keyof typeof statusColors) => t(`status.${status}`);

  const overTimeTable: ChartTable = {
    columns: [t('overview.columns.date'), ...statuses.map(statusLabel)],
    rows: stats.statusOverTime.map((point) => ({
      key: point.date,
      cells: [
        { value: point.date, text: formatDate(point.date, lang) },
        ...statuses.map((status) => ({ value: point.counts[status] ?? 0 })),
      ],
    })),
  };
  const activityTable: ChartTable = {
    columns: [t('overview.columns.month'), t('overview.columns.changes')],
    rows: stats.activityByMonth.map((entry) => ({
      key: entry.month,
      cells: [{ value: entry.month, text: formatMonth(entry.month, lang) }, { value: entry.changes }],
    })),
  };
  const used = statuses.filter((status) => stats.statusOverTime.some((point) => (point.counts[status] ?? 0) > 0));

  return (
    <div className="charts">
      <CountChart
        id="status"
        title={t('overview.charts.status')}
        column={t('overview.columns.status')}
        labelChars={[17, 17]}
        items={statuses.map((status) => ({
          key: status,
          label: statusLabel(status),
          display: <StatusBadge status={status} />,
          value: stats.byStatus[status] ?? 0,
          colour: statusColors[status],
        }))}
      />
      <CountChart
        id="kind"
        title={t('overview.charts.kind')}
        column={t('overview.columns.kind')}
        labelChars={[18, 18]}
        items={kinds.map((kind) => ({ key: kind, label: t(`kind.${kind}`), value: stats.byKind[kind] ?? 0 }))}
      />
      {initiatives.isPending && (
        <ChartCardPlaceholder
          wide
          title={t('overview.charts.progress')}
          hint={t('overview.charts.progressHint')}
          height={progressChartHeight(stats.total)}
        >
          <LoadingState />
        </ChartCardPlaceholder>
      )}
      {initiatives.isError && <ErrorState error={initiatives.error} onRetry={() => void initiatives.refetch()} />}
      {initiatives.data && <ProgressChart initiatives={initiatives.data} />}
      {initiatives.data && <RatingChart initiatives={initiatives.data} />}
      <CountChart
        id="owner"
        title={t('overview.charts.owner')}
        column={t('overview.columns.owner')}
        items={stats.byOwner.map((entry) => ({
          key: entry.owner.id,
          label: pickText(entry.owner.name, lang).text,
          value: entry.count,
        }))}
      />
      <ColumnsChart
        id="activity"
        title={t('overview.charts.activity')}
        table={activityTable}
        xKey="month"
        data={stats.activityByMonth.map((entry) => ({ month: formatMonth(entry.month, lang), changes: entry.changes }))}
        series={[{ key: 'changes', label: t('overview.columns.changes'), colour: accent }]}
        empty={t('overview.charts.activityEmpty')}
      />
      <ColumnsChart
        id="status-over-time"
        wide
        title={t('overview.charts.overTime')}
        hint={t('overview.charts.overTimeHint')}
        table={overTimeTable}
        xKey="date"
        data={stats.statusOverTime.map((point) => ({ date: formatDate(point.date, lang), ...point.counts }))}
        series={used.map((status) => ({ key: status, label: statusLabel(status), colour: statusColors[status] }))}
      />
      <ProgressOverTimeCard stats={stats} />
    </div>
  );
}
