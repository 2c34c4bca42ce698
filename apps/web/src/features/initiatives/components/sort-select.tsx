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
  const label = (field: string) =>
    field === 'source' ? t('initiatives.sortSource') : t(`initiatives.columns.${field}`);
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('initiatives.sortLabel')}</label>
      <select id={id} value={sort} onChange={(event) => onSort(event.target.value)}>
        {sortChoices.map((field) =>
          field === 'source' ? (
            <option key={field} value={field}>
              {label(field)}
            </option>
          ) : (
            [field, `-${field}`].map((value) => (
              <option key={value} value={value}>
                {`${label(field)}: ${t(value.startsWith('-') ? 'initiatives.sortDesc' : 'initiatives.sortAsc')}`}
              </option>
            ))
          ),
        )}
      </select>
    </div>
  );
}
