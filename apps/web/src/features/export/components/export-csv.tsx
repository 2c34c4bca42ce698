import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../../lib/api-client.ts';
import { type CsvSeparator, readSeparator, rememberSeparator } from '../../../lib/csv-separator.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { initiativesCsvUrl, initiativesXlsxUrl } from '../export-urls.ts';
import '../export.css';

export interface ExportCsvProps {
  /** The list's current filters and sort, as sent to the API. */
  filters: QueryParams;
}

/** Downloads exactly the filtered, sorted list in the UI language: as CSV with the separator the reader's program wants, or as .xlsx. */
export function ExportCsv({ filters }: ExportCsvProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(readSeparator);

  function choose(next: CsvSeparator) {
    setSeparator(next);
    rememberSeparator(next);
  }

  return (
    <div className="export-csv">
      <fieldset className="separator-choice">
        <legend>{t('export.separator')}</legend>
        {([',', ';'] as const).map((value) => (
          <label key={value} className="check" htmlFor={`${id}-${value === ',' ? 'comma' : 'semicolon'}`}>
            <input
              id={`${id}-${value === ',' ? 'comma' : 'semicolon'}`}
              type="radio"
              name={`${id}-separator`}
              value={value}
              checked={separator === value}
              onChange={() => choose(value)}
            />
            {value === ',' ? t('export.comma') : t('export.semicolon')}
          </label>
        ))}
      </fieldset>
      <a className="button export-link" href={initiativesCsvUrl(filters, lang, separator)} download>
        {t('export.csv')}
      </a>
      <a className="button button-secondary export-link" href={initiativesXlsxUrl(filters, lang)} download>
        {t('export.xlsx')}
      </a>
    </div>
  );
}
