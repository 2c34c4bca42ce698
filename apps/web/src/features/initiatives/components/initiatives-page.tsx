import { type ReactNode, useDeferredValue, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import type { QueryParams } from '../../../lib/api-client.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMediaQuery } from '../../../lib/use-media-query.ts';
import { useInitiatives } from '../api/get-initiatives.ts';
import {
  activeFilterCount,
  defaultFilters,
  filtersFromSearch,
  filtersToSearch,
  type InitiativeFilters,
  toApiParams,
} from '../filters-url.ts';
import '../initiatives.css';
import { InitiativeCards } from './initiative-cards.tsx';
import { InitiativesFilters } from './initiatives-filters.tsx';
import { InitiativesTable } from './initiatives-table.tsx';
import { Pagination } from './pagination.tsx';
import { SortSelect } from './sort-select.tsx';

/** Wide enough for the table with the filters beside it (initiatives.css); narrower windows show cards. */
const tableQuery = '(min-width: 1200px)';

export interface InitiativesPageProps {
  /** Tools for the current view, e.g. "Export CSV"; given the list's API query. Shown behind one disclosure. */
  tools?: (query: QueryParams) => ReactNode;
}

export default function InitiativesPage({ tools }: InitiativesPageProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const query = useInitiatives(filters, lang);
  // The rows and cards render as interruptible background work once the page around them has painted: the
  // heading and intro (the page's largest paint on a phone) need not wait for them, even when the data is
  // already there (the server preloads it), and rendering them blocks no input for long.
  const data = useDeferredValue(query.data, undefined);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const filtersToggle = useRef<HTMLButtonElement>(null);
  const active = activeFilterCount(filters);
  // Only the layout the window shows is rendered: rows and cards both would double the list's work.
  const wide = useMediaQuery(tableQuery);

  // Each change is a new history entry, so the back button steps back through the filters.
  function update(change: Partial<InitiativeFilters>) {
    const resetsPage = !('page' in change);
    const next = { ...filters, ...change, ...(resetsPage ? { page: 1 } : {}) };
    setSearchParams(filtersToSearch(next, searchParams));
  }

  const clear = () => update({ ...defaultFilters, sort: filters.sort });

  function closeFilters() {
    setFiltersOpen(false);
    filtersToggle.current?.focus();
  }

  // The empty state's button goes away with the empty list: focus moves to the results it brought back.
  function clearFromEmpty() {
    clear();
    resultsHeading.current?.focus();
  }

  return (
    <div className="page initiatives-page">
      <PageTitle title={t('initiatives.title')} />
      <header className="page-header">
        <h1>{t('initiatives.title')}</h1>
        <p className="lead">{t('initiatives.intro')}</p>
      </header>
      <div className="list-toolbar">
        <button
          type="button"
          ref={filtersToggle}
          className="button button-secondary filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {active > 0 ? t('initiatives.filtersActive', { count: active }) : t('initiatives.filters')}
          <span className="disclosure-icon" aria-hidden="true">
            ▾
          </span>
        </button>
        {tools && (
          <details className="list-tools">
            <summary className="button button-secondary">
              {t('initiatives.exportTools')}
              <span className="disclosure-icon" aria-hidden="true">
                ▾
              </span>
            </summary>
            <div className="list-tools-panel">{tools(toApiParams(filters, lang))}</div>
          </details>
        )}
      </div>
      <div className="initiatives-layout">
        <InitiativesFilters
          id={filtersId}
          open={filtersOpen}
          filters={filters}
          onChange={update}
          onClear={clear}
          onClose={wide ? undefined : closeFilters}
        />
        <section aria-labelledby="results-heading" className="results">
          <div className="results-head">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="results-count" aria-live="polite">
              {data ? t('initiatives.found', { count: data.total }) : t('common.loading')}
            </h2>
            <SortSelect sort={filters.sort} onSort={(sort) => update({ sort })} />
          </div>
          {!data && !query.isError && <LoadingState />}
          {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
          {data && data.items.length === 0 && (
            <EmptyState>
              <p>{t('initiatives.empty')}</p>
              <button type="button" className="button" onClick={clearFromEmpty}>
                {t('initiatives.clear')}
              </button>
            </EmptyState>
          )}
          {data && data.items.length > 0 && (
            <div className={query.isPlaceholderData ? 'is-updating' : undefined} aria-busy={query.isFetching}>
              {wide ? (
                <InitiativesTable items={data.items} sort={filters.sort} onSort={(sort) => update({ sort })} />
              ) : (
                <InitiativeCards items={data.items} />
              )}
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={(page) => update({ page })}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
