import { assessmentFilters, type Kind, kinds, type Status, statuses } from '@civic/shared/vocabulary';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { useOwners } from '../api/get-owners.ts';
import { hasActiveFilters, type InitiativeFilters } from '../filters-url.ts';

export interface InitiativesFiltersProps {
  filters: InitiativeFilters;
  onChange: (change: Partial<InitiativeFilters>) => void;
  onClear: () => void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

export function InitiativesFilters({ filters, onChange, onClear }: InitiativesFiltersProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const owners = useOwners();
  const id = useId();

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    onChange({ q: typeof q === 'string' ? q.trim() : '' });
  }

  return (
    <section className="filters card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiatives.filters')}</h2>
      <search className="search-form">
        <form onSubmit={submitSearch}>
          <label htmlFor={`${id}-q`}>{t('initiatives.search')}</label>
          <div className="search-row">
            <input id={`${id}-q`} name="q" type="search" defaultValue={filters.q} key={filters.q} />
            <button type="submit" className="button">
              {t('initiatives.searchButton')}
            </button>
          </div>
        </form>
      </search>
      <fieldset>
        <legend>{t('status.label')}</legend>
        {statuses.map((status: Status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={filters.status.includes(status)}
              onChange={(event) => onChange({ status: toggle(filters.status, status, event.target.checked) })}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('kind.label')}</legend>
        {kinds.map((kind: Kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={filters.kind.includes(kind)}
              onChange={(event) => onChange({ kind: toggle(filters.kind, kind, event.target.checked) })}
            />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('initiatives.owner')}</label>
        <select
          id={`${id}-owner`}
          value={filters.owner[0] ?? ''}
          onChange={(event) => onChange({ owner: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t('initiatives.allOwners')}</option>
          {owners.data?.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {pickText(owner.name, lang).text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-assessment`}>{t('assessment.filter')}</label>
        <select
          id={`${id}-assessment`}
          value={filters.assessment}
          onChange={(event) =>
            onChange({ assessment: assessmentFilters.find((value) => value === event.target.value) ?? '' })
          }
        >
          <option value="">{t('assessment.filterAll')}</option>
          <option value="assessed">{t('assessment.filterAssessed')}</option>
          <option value="not_assessed">{t('assessment.filterNotAssessed')}</option>
          <option value="disagree">{t('assessment.filterDisagree')}</option>
        </select>
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={filters.overdue}
            onChange={(event) => onChange({ overdue: event.target.checked })}
          />
          {t('initiatives.overdueOnly')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.stale}
            onChange={(event) => onChange({ stale: event.target.checked })}
          />
          {t('initiatives.staleOnly')}
        </label>
      </div>
      {hasActiveFilters(filters) && (
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('initiatives.clear')}
        </button>
      )}
    </section>
  );
}
