import type { SheetChangeField, SheetDryRun, SheetRowReport } from '@civic/shared/schemas';
import { type HistoryNames, historyFieldLabels, historyValueText, type Language } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { markedText } from '../../../lib/pick-text.ts';

export interface DryRunReportProps {
  report: SheetDryRun;
}

const outcomes = ['error', 'conflict', 'changed', 'unchanged'] as const;

/** Step 3: what applying the file would do: counts, then errors and conflicts, then each change from → to. */
export function DryRunReport({ report }: DryRunReportProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = report.rows.filter((row) => row.outcome !== 'unchanged');
  const unchanged = report.rows.filter((row) => row.outcome === 'unchanged');
  return (
    <section className="card sheet-step" aria-labelledby="sheet-report-heading">
      <h2 id="sheet-report-heading">{t('spreadsheets.report.title')}</h2>
      <p className="sheet-file">
        {t('spreadsheets.report.file', { file: report.fileName, at: formatDateTime(report.createdAt, lang) })}
      </p>
      <ul className="sheet-counts" aria-label={t('spreadsheets.report.counts')}>
        {outcomes.map((outcome) => (
          <li key={outcome} className="sheet-count" data-outcome={outcome}>
            {t(`spreadsheets.counts.${outcome}`)}: <strong>{report.counts[outcome]}</strong>
          </li>
        ))}
      </ul>
      {report.ignoredColumns.length > 0 && (
        <p className="muted">{t('spreadsheets.report.ignored', { columns: report.ignoredColumns.join(', ') })}</p>
      )}
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="data-table sheet-report">
            <caption className="visually-hidden">{t('spreadsheets.report.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spreadsheets.report.row')}</th>
                <th scope="col">{t('spreadsheets.report.initiative')}</th>
                <th scope="col">{t('spreadsheets.report.outcome')}</th>
                <th scope="col">{t('spreadsheets.report.details')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.row} data-outcome={row.outcome}>
                  <th scope="row" data-label={t('spreadsheets.report.row')}>
                    {row.row}
                  </th>
                  <td data-label={t('spreadsheets.report.initiative')}>
                    <RowInitiative row={row} />
                  </td>
                  <td data-label={t('spreadsheets.report.outcome')}>
                    <span className="sheet-outcome" data-outcome={row.outcome}>
                      {t(`spreadsheets.outcome.${row.outcome}`)}
                    </span>
                  </td>
                  <td data-label={t('spreadsheets.report.details')}>
                    <RowDetails row={row} lang={lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unchanged.length > 0 && (
        <details className="sheet-unchanged">
          <summary>{t('spreadsheets.report.unchangedRows', { count: unchanged.length })}</summary>
          <p>
            {unchanged
              .map((row) => `${row.row}: ${row.title ? markedText(row.title, lang) : (row.id ?? '')}`)
              .join(', ')}
          </p>
        </details>
      )}
    </section>
  );
}

/** The initiative a row names: its title in the page's language, linked, with its id below; the id alone when it names none. */
function RowInitiative({ row }: { row: SheetRowReport }) {
  if (!row.title) return <>{row.id}</>;
  const title = <LocalizedText value={row.title} />;
  return (
    <>
      {row.id && row.outcome !== 'error' ? <Link to={`/initiatives/${row.id}`}>{title}</Link> : title}
      <br />
      <code className="sheet-row-id muted">{row.id}</code>
    </>
  );
}

function RowDetails({ row, lang }: { row: SheetRowReport; lang: Language }) {
  const { t } = useTranslation();
  // Days as the history and the rest of the page print them, not as the file's ISO day.
  const names: HistoryNames = { day: (day) => formatDate(day, lang) };
  if (row.outcome === 'changed') {
    return (
      <ul className="sheet-details">
        {row.changes.map((change) => (
          <li key={change.field}>
            {historyFieldLabels[lang][change.field]}:{' '}
            <span>{historyValueText(change.field, change.from, lang, names)}</span>
            {' → '}
            <mark className="sheet-new-value">{historyValueText(change.field, change.to, lang, names)}</mark>
          </li>
        ))}
      </ul>
    );
  }
  if (row.outcome === 'error') {
    return (
      <ul className="sheet-details">
        {row.errors.map((error) => (
          <li key={`${error.cell}-${error.code}`}>
            {/* "Cell K3 (“lots”): progress is a whole number…": the value beside its cell, the message after the colon. */}
            {t('spreadsheets.report.cell', { cell: error.cell })}
            {error.value !== '' && (
              <>
                {' ('}
                <span className="sheet-value">{t('spreadsheets.report.value', { value: error.value })}</span>)
              </>
            )}
            : {error.message}
          </li>
        ))}
      </ul>
    );
  }
  if (row.outcome === 'conflict' && row.conflict) {
    const { current } = row.conflict;
    return (
      <>
        <p>
          {t('spreadsheets.report.stale', { fileVersion: row.conflict.fileVersion, version: row.conflict.version })}
        </p>
        <p className="muted">
          {t('officials.form.conflictNow')}{' '}
          {(Object.keys(current) as SheetChangeField[])
            .map(
              (field) => `${historyFieldLabels[lang][field]}: ${historyValueText(field, current[field], lang, names)}`,
            )
            .join('; ')}
        </p>
      </>
    );
  }
  return null;
}
