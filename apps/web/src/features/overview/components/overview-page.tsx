import type { Initiative, Stats } from '@civic/shared/schemas';
import { kinds, scaleLevels, statuses } from '@civic/shared/vocabulary';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ratingColors } from '../../../components/rating-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { formatDate, formatMonth, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { useAllInitiatives } from '../api/get-all-initiatives.ts';
import { useStats } from '../api/get-stats.ts';
import {
  barsHeight,
  columnsHeight,
  defaultLabelLines,
  groupUnderParents,
  independentColumns,
  labelLinesNeeded,
  ratingMatrix,
} from '../chart-data.ts';
import { ChartCard, ChartCardPlaceholder, type ChartTable } from './chart-card.tsx';
import { KpiCards, KpiCardsPlaceholder } from './kpi-cards.tsx';

const HorizontalBars = lazy(() => import('./charts.tsx').then((m) => ({ default: m.HorizontalBars })));
const StackedColumns = lazy(() => import('./charts.tsx').then((m) => ({ default: m.StackedColumns })));

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

  const statusTable: ChartTable = {
    columns: [t('overview.columns.status'), t('overview.columns.count')],
    rows: statuses.map((status) => ({
      key: status,
      cells: [
        { value: statusLabel(status), display: <StatusBadge status={status} /> },
        { value: stats.byStatus[status] ?? 0 },
      ],
    })),
  };
  const ownerTable: ChartTable = {
    columns: [t('overview.columns.owner'), t('overview.columns.count')],
    rows: stats.byOwner.map((entry) => ({
      key: entry.owner.id,
      cells: [{ value: pickText(entry.owner.name, lang).text }, { value: entry.count }],
    })),
  };
  const kindTable: ChartTable = {
    columns: [t('overview.columns.kind'), t('overview.columns.count')],
    rows: kinds.map((kind) => ({
      key: kind,
      cells: [{ value: t(`kind.${kind}`) }, { value: stats.byKind[kind] ?? 0 }],
    })),
  };
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
  const kindLabels = kinds.map((kind) => t(`kind.${kind}`));
  const ownerLabels = stats.byOwner.map((entry) => pickText(entry.owner.name, lang).text);
  const used = statuses.filter((status) => stats.statusOverTime.some((point) => (point.counts[status] ?? 0) > 0));

  return (
    <div className="charts">
      <ChartCard
        id="status"
        title={t('overview.charts.status')}
        table={statusTable}
        height={barsHeight(statuses.length, labelLinesNeeded(statuses.map(statusLabel), 17))}
      >
        <HorizontalBars
          valueLabel={t('overview.columns.count')}
          labelChars={[17, 17]}
          data={statuses.map((status) => ({
            label: statusLabel(status),
            value: stats.byStatus[status] ?? 0,
            colour: statusColors[status],
          }))}
        />
      </ChartCard>
      <ChartCard
        id="kind"
        title={t('overview.charts.kind')}
        table={kindTable}
        height={barsHeight(kinds.length, labelLinesNeeded(kindLabels, 18))}
      >
        <HorizontalBars
          valueLabel={t('overview.columns.count')}
          labelChars={[18, 18]}
          data={kindTable.rows.map((row) => ({
            label: String(row.cells[0]?.value),
            value: Number(row.cells[1]?.value),
          }))}
        />
      </ChartCard>
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
      <ChartCard
        id="owner"
        title={t('overview.charts.owner')}
        table={ownerTable}
        height={barsHeight(ownerTable.rows.length, labelLinesNeeded(ownerLabels))}
      >
        <HorizontalBars
          valueLabel={t('overview.columns.count')}
          data={ownerTable.rows.map((row) => ({
            label: String(row.cells[0]?.value),
            value: Number(row.cells[1]?.value),
          }))}
        />
      </ChartCard>
      <ChartCard id="activity" title={t('overview.charts.activity')} table={activityTable} height={columnsHeight}>
        <StackedColumns
          xKey="month"
          data={stats.activityByMonth.map((entry) => ({
            month: formatMonth(entry.month, lang),
            changes: entry.changes,
          }))}
          series={[{ key: 'changes', label: t('overview.columns.changes'), colour: accent }]}
        />
      </ChartCard>
      <ChartCard
        id="status-over-time"
        wide
        title={t('overview.charts.overTime')}
        hint={t('overview.charts.overTimeHint')}
        table={overTimeTable}
        height={columnsHeight}
      >
        <StackedColumns
          xKey="date"
          data={stats.statusOverTime.map((point) => ({ date: formatDate(point.date, lang), ...point.counts }))}
          series={used.map((status) => ({ key: status, label: statusLabel(status), colour: statusColors[status] }))}
        />
      </ChartCard>
    </div>
  );
}

function ProgressChart({ initiatives }: { initiatives: Initiative[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = groupUnderParents(initiatives);
  const title = (item: Initiative) => pickText(item.title, lang).text;
  const table: ChartTable = {
    columns: [
      t('overview.columns.initiative'),
      t('overview.columns.parent'),
      t('overview.columns.status'),
      t('overview.columns.progress'),
    ],
    rows: rows.map(({ initiative, parent, depth }) => ({
      key: initiative.id,
      cells: [
        {
          value: title(initiative),
          display: (
            <Link
              to={`/initiatives/${initiative.id}`}
              className={depth > 0 ? `indent-${Math.min(depth, 3)}` : undefined}
            >
              {title(initiative)}
            </Link>
          ),
        },
        { value: parent ? title(parent) : '', text: parent ? title(parent) : t('common.none') },
        { value: t(`status.${initiative.status}`), display: <StatusBadge status={initiative.status} /> },
        { value: initiative.progress, text: formatPercent(initiative.progress, lang) },
      ],
    })),
  };
  const shown = statuses.filter((status) => initiatives.some((item) => item.status === status));
  return (
    <ChartCard
      id="progress"
      wide
      title={t('overview.charts.progress')}
      hint={t('overview.charts.progressHint')}
      table={table}
      height={progressChartHeight(rows.length)}
      legend={
        <ul className="chart-legend" aria-label={t('overview.legend')}>
          {shown.map((status) => (
            <li key={status}>
              <span className="legend-swatch" style={{ background: statusColors[status] }} aria-hidden="true" />
              {t(`status.${status}`)}
            </li>
          ))}
        </ul>
      }
    >
      <HorizontalBars
        valueLabel={t('overview.columns.progress')}
        labelChars={[20, 48]}
        max={100}
        formatValue={(value) => formatPercent(value, lang)}
        data={rows.map(({ initiative, depth }) => ({
          label: `${depth > 0 ? '↳ ' : ''}${title(initiative)}`,
          value: initiative.progress,
          colour: statusColors[initiative.status],
        }))}
      />
    </ChartCard>
  );
}

/** The progress chart's height: initiative titles are long, so every row has room for three label lines. */
const progressChartHeight = (rows: number) => barsHeight(rows, defaultLabelLines);
const noneColour = '#E8E8E8';

/** Official rating (columns) against the latest independent rating (stacks), with the matrix as its table. */
function RatingChart({ initiatives }: { initiatives: Initiative[] }) {
  const { t } = useTranslation();
  const matrix = ratingMatrix(initiatives);
  const columnLabel = (column: (typeof independentColumns)[number]) =>
    column === 'none' ? t('assessment.notAssessed') : t(`rating.${column}`);
  const table: ChartTable = {
    columns: [t('assessment.officialColumn'), ...independentColumns.map(columnLabel)],
    rows: scaleLevels.map((level) => ({
      key: level,
      cells: [
        { value: t(`rating.${level}`) },
        ...independentColumns.map((column) => ({ value: matrix[level][column] })),
      ],
    })),
  };
  return (
    <ChartCard
      id="ratings"
      wide
      title={t('assessment.chart')}
      hint={t('assessment.chartHint')}
      table={table}
      height={columnsHeight}
    >
      <StackedColumns
        xKey="official"
        data={scaleLevels.map((level) => ({ official: t(`rating.${level}`), ...matrix[level] }))}
        series={independentColumns.map((column) => ({
          key: column,
          label: columnLabel(column),
          colour: column === 'none' ? noneColour : ratingColors[column],
        }))}
      />
    </ChartCard>
  );
}
