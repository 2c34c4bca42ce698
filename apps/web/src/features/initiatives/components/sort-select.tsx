import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sortChoices } from '../filters-url.ts';

export interface SortSelectProps {
  sort: string;
  onSort: (sort: string) => void;
}

/** Sorting by any field a reader sees: the only way on a phone's cards, and by kind, which the table leaves out. */
export function SortSelect({ sort, onSort }: SortSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = (value: string) => {
    const descending = value.startsWith('-');
    const field = value.replace(/^-/, '');
    if (field === 'source') return t(descending ? 'initiatives.sortSourceReversed' : 'initiatives.sortSource');
    return `${t(`initiatives.columns.${field}`)}: ${t(descending ? 'initiatives.sortDesc' : 'initiatives.sortAsc')}`;
  };
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('initiatives.sortLabel')}</label>
      <select id={id} value={sort} onChange={(event) => onSort(event.target.value)}>
        {sortChoices
          .flatMap((field) => [field, `-${field}`])
          .map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
      </select>
    </div>
  );
}
