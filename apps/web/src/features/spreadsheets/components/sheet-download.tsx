import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLanguage } from '../../../lib/i18n.ts';
import { listFiltersOf, sheetExportUrl } from '../sheet-export-url.ts';

/** Step 1: the current list as an .xlsx to fill in, filtered as the list that linked here, and whole. */
export function SheetDownload() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const filters = listFiltersOf(useLocation().search);
  return (
    <section className="card sheet-step" aria-labelledby="sheet-download-heading">
      <h2 id="sheet-download-heading">{t('spreadsheets.download.title')}</h2>
      <p>{t('spreadsheets.download.intro')}</p>
      <p className="sheet-actions">
        {filters.length > 0 && (
          <a className="button" href={sheetExportUrl(filters, lang)} download>
            {t('spreadsheets.download.filtered')}
          </a>
        )}
        <a
          className={filters.length > 0 ? 'button button-secondary' : 'button'}
          href={sheetExportUrl([], lang)}
          download
        >
          {t('spreadsheets.download.all')}
        </a>
      </p>
      {filters.length > 0 && (
        <p className="muted sheet-filters">
          {t('spreadsheets.download.filters')}{' '}
          {filters.map(([key, value]) => (
            <code key={key}>
              {key}={value}
            </code>
          ))}
        </p>
      )}
      <p className="muted">{t('spreadsheets.download.howTo')}</p>
    </section>
  );
}
