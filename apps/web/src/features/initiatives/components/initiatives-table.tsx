import type { Initiative } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { AgreementMark, RatingBadge } from '../../../components/rating-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { sortableColumns } from '../filters-url.ts';

export interface InitiativesTableProps {
  items: Initiative[];
  sort: string;
  onSort: (sort: string) => void;
}

type Column = (typeof sortableColumns)[number];

export function InitiativesTable({ items, sort, onSort }: InitiativesTableProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sortField = sort.replace(/^-/, '');
  const descending = sort.startsWith('-');

  function header(column: Column) {
    const active = sortField === column;
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
    const next = active && !descending ? `-${column}` : column;
    return (
      <th key={column} scope="col" aria-sort={ariaSort}>
        <button type="button" className="sort-button" onClick={() => onSort(next)}>
          {t(`initiatives.columns.${column}`)}
          <span aria-hidden="true" className="sort-icon">
            {active ? (descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  }

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={t('initiatives.scrollHint')} tabIndex={0}>
      <table className="data-table initiatives-table">
        <caption className="visually-hidden">{t('initiatives.caption')}</caption>
        <thead>
          <tr>
            {sortableColumns.slice(0, 2).map(header)}
            <th scope="col">{t('assessment.column')}</th>
            {sortableColumns.slice(2).map(header)}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="title-cell">
                <Link to={`/initiatives/${item.id}`}>
                  <LocalizedText value={item.title} />
                </Link>
                {item.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
              </th>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td data-column="independent-rating">
                {item.latestAssessment ? <RatingBadge rating={item.latestAssessment.rating} /> : t('common.none')}
                <AgreementMark agreement={item.agreement} />
              </td>
              <td>
                <ProgressBar value={item.progress} />
              </td>
              <td>{t(`kind.${item.kind}`)}</td>
              <td>
                <LocalizedText value={item.owner.name} />
              </td>
              <td>{item.targetDate ? formatDate(item.targetDate, lang) : t('common.none')}</td>
              <td>
                {item.lastVerifiedAt ? formatDate(item.lastVerifiedAt, lang) : t('initiative.neverVerified')}
                {item.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
