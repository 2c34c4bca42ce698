import type { Initiative } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { AgreementMark, RatingBadge } from '../../../components/rating-badge.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { initiativeTitle } from '../../../lib/pick-text.ts';
import type { sortableColumns } from '../filters-url.ts';
import { InitiativeDue, InitiativeVerified } from './initiative-due.tsx';

export interface InitiativesTableProps {
  items: Initiative[];
  sort: string;
  onSort: (sort: string) => void;
}

type Column = (typeof sortableColumns)[number];

/**
 * The list on wide screens. Every column fits the box in each language: the kind is left to the filters, the sort
 * choice and the initiative's page; the progress sits under the status, each flag in the cell it qualifies (overdue by the date, stale by the verification, disagreement
 * by the rating).
 */
export function InitiativesTable({ items, sort, onSort }: InitiativesTableProps) {
  const { t } = useTranslation();
  const sortField = sort.replace(/^-/, '');
  const descending = sort.startsWith('-');

  function sortButton(column: Column) {
    const active = sortField === column;
    const next = active && !descending ? `-${column}` : column;
    return (
      <button key={column} type="button" className="sort-button" onClick={() => onSort(next)}>
        {t(`initiatives.columns.${column}`)}
        <span aria-hidden="true" className="sort-icon">
          {active ? (descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    );
  }

  /** A header that sorts by one field, or by either of two that share the column (status and its progress). */
  function header(...columns: Column[]) {
    const active = columns.some((column) => column === sortField);
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
    return (
      <th key={columns[0]} scope="col" aria-sort={ariaSort} data-column={columns.join(' ')}>
        {columns.map(sortButton)}
      </th>
    );
  }

  return (
    <div className="table-frame">
      <table className="data-table initiatives-table">
        <caption className="visually-hidden">{t('initiatives.caption')}</caption>
        <colgroup>
          <col className="col-title" />
          <col className="col-status" />
          <col className="col-rating" />
          <col className="col-owner" />
          <col className="col-date" />
          <col className="col-date" />
        </colgroup>
        <thead>
          <tr>
            {header('title')}
            {header('status', 'progress')}
            <th scope="col" data-column="independent-rating">
              {t('assessment.column')}
            </th>
            {header('owner')}
            {header('targetDate')}
            {header('lastVerifiedAt')}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="title-cell">
                <Link to={`/initiatives/${item.id}`}>
                  <LocalizedText value={initiativeTitle(item)} />
                </Link>
              </th>
              <td className="state-cell">
                <StatusBadge status={item.status} />
                <ProgressBar value={item.progress} />
              </td>
              <td data-column="independent-rating">
                {item.latestAssessment ? <RatingBadge rating={item.latestAssessment.rating} /> : t('common.none')}
                <AgreementMark agreement={item.agreement} />
              </td>
              <td>
                <LocalizedText value={item.owner.name} />
              </td>
              <td>
                <InitiativeDue item={item} />
                {item.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
              </td>
              <td>
                <InitiativeVerified item={item} />
                {item.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
