import type { Initiative } from '@civic/shared/schemas';
import { scaleLevels } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { notAssessedColour, ratingColors } from '../../../components/rating-badge.tsx';
import { independentColumns, ratingMatrix } from '../chart-data.ts';
import type { ChartTable } from './chart-card.tsx';
import { ColumnsChart } from './columns-chart.tsx';

/** Official rating (columns) against the latest independent rating (stacks), with the matrix as its table. */
export function RatingChart({ initiatives }: { initiatives: Initiative[] }) {
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
    <ColumnsChart
      id="ratings"
      wide
      title={t('assessment.chart')}
      hint={t('assessment.chartHint')}
      table={table}
      everyLabel
      xKey="official"
      data={scaleLevels.map((level) => ({ official: t(`rating.${level}`), ...matrix[level] }))}
      series={independentColumns.map((column) => ({
        key: column,
        label: columnLabel(column),
        colour: column === 'none' ? notAssessedColour : ratingColors[column],
      }))}
    />
  );
}
