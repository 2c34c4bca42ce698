import {
  type AssessmentFilter,
  assessmentFilters,
  countryRegion,
  kinds,
  kzRegions,
  statuses,
} from '@civic/shared/vocabulary';
import { type FormEvent, type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOwners } from '../../../lib/owners.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { hasActiveFilters, type InitiativeFilters } from '../filters-url.ts';

export interface InitiativesFiltersProps {
  /** The panel's id, for the button that shows and hides it on narrow screens. */
  id: string;
  /** On narrow screens the panel shows only when opened; wide screens always show it. */
  open: boolean;
  filters: InitiativeFilters;
  onChange: (change: Partial<InitiativeFilters>) => void;
  onClear: () => void;
  /** Closes the opened panel (narrow screens) and hands focus back to its button: what Escape does. */
  onClose?: () => void;
}

const assessmentFilterLabels: Record<AssessmentFilter, string> = {
  assessed: 'assessment.filterAssessed',
  not_assessed: 'assessment.filterNotAssessed',
  disagree: 'assessment.filterDisagree',
};

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

interface CheckProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

function Check({ checked, onChange, children }: CheckProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}

interface CheckGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onChange: (selected: T[]) => void;
}

/** A filter that takes any number of values, one checkbox each. */
function CheckGroup<T extends string>({ legend, values, selected, label, onChange }: CheckGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <Check key={value} checked={selected.includes(value)} onChange={(on) => onChange(toggle(selected, value, on))}>
          {label(value)}
        </Check>
      ))}
    </fieldset>
  );
}

export function InitiativesFilters({
  id: panelId,
  open,
  filters,
  onChange,
  onClear,
  onClose,
}: InitiativesFiltersProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const owners = useOwners({ withInitiatives: true });
  const id = useId();
  const active = hasActiveFilters(filters);
  // The field is kept (not re-created) when the search changes, so focus stays where the reader typed;
  // it follows the address when that changes from elsewhere (back button, "clear filters").
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q);
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ q: q.trim() });
  }

  // Escape in the opened panel closes it. In the search box with words typed, the first Escape only clears
  // the words (what a search box does; the search shown is unchanged until submitted) and a second one closes.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || !open || !onClose) return;
    event.preventDefault();
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && q !== '') {
      setQ('');
      return;
    }
    onClose();
  }

  return (
    <section
      id={panelId}
      className="filters card"
      data-open={open || undefined}
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-heading`}>{t('initiatives.filters')}</h2>
      <search className="search-form">
        <form onSubmit={submitSearch}>
          <label htmlFor={`${id}-q`}>{t('initiatives.search')}</label>
          <div className="search-row">
            <input id={`${id}-q`} name="q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
            <button type="submit" className="button">
              {t('initiatives.searchButton')}
            </button>
          </div>
        </form>
      </search>
      <CheckGroup
        legend={t('status.label')}
        values={statuses}
        selected={filters.status}
        label={(status) => t(`status.${status}`)}
        onChange={(status) => onChange({ status })}
      />
      <CheckGroup
        legend={t('kind.label')}
        values={kinds}
        selected={filters.kind}
        label={(kind) => t(`kind.${kind}`)}
        onChange={(kind) => onChange({ kind })}
      />
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
        <label htmlFor={`${id}-region`}>{t('initiatives.region')}</label>
        <select
          id={`${id}-region`}
          value={filters.region[0] ?? ''}
          onChange={(event) => onChange({ region: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t('initiatives.allRegions')}</option>
          <option value={countryRegion}>{t('initiatives.wholeCountry')}</option>
          {[...kzRegions]
            .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
            .map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[lang]}
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
          {assessmentFilters.map((value) => (
            <option key={value} value={value}>
              {t(assessmentFilterLabels[value])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <Check checked={filters.overdue} onChange={(overdue) => onChange({ overdue })}>
          {t('initiatives.overdueOnly')}
        </Check>
        <Check checked={filters.stale} onChange={(stale) => onChange({ stale })}>
          {t('initiatives.staleOnly')}
        </Check>
      </div>
      {/* Stays in place when nothing is left to clear, so focus does not fall to the top of the page. */}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={!active}
        onClick={() => active && onClear()}
      >
        {t('initiatives.clear')}
      </button>
    </section>
  );
}
