import type { Initiative } from '@civic/shared/schemas';
import { statuses } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { initiativeTitle } from '../../../lib/pick-text.ts';
import { barsHeight, defaultLabelLines, groupUnderParents, initiativeTitleText, progressLabel } from '../chart-data.ts';
import { ChartCard, type ChartTable } from './chart-card.tsx';
import { HorizontalBars } from './lazy-charts.ts';

/** The progress chart's height: initiative titles are long, so every row has room for three label lines. */
export const progressChartHeight = (rows: number) => barsHeight(rows, defaultLabelLines);

/** Each initiative's progress, children under their parent, coloured by status. */
export function ProgressChart({ initiatives }: { initiatives: Initiative[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = groupUnderParents(initiatives);
  const title = (item: Initiative) => initiativeTitleText(item, lang);
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
              <LocalizedText value={initiativeTitle(initiative)} />
            </Link>
          ),
          text: title(initiative),
        },
        parent
          ? { value: title(parent), display: <LocalizedText value={initiativeTitle(parent)} /> }
          : { value: '', text: t('common.none') },
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
        labelChars={[24, 48]}
        max={100}
        formatValue={(value) => formatPercent(value, lang)}
        data={rows.map((row) => ({
          label: progressLabel(row, lang),
          value: row.initiative.progress,
          colour: statusColors[row.initiative.status],
        }))}
      />
    </ChartCard>
  );
}
