import type { SheetApplyConflict, SheetChangeField, SheetDryRun } from '@civic/shared/schemas';
import { historyFieldLabels, historyValueText } from '@civic/shared/vocabulary';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ApiError, type ProblemWith } from '../../../lib/api-client.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useApplyDryRun } from '../api/apply-dry-run.ts';

export interface DryRunApplyProps {
  report: SheetDryRun;
  /** Makes the dry run again from the same file, against the initiatives as they now stand. */
  onRecheck: () => void;
  /** Starts over with another file. */
  onReset: () => void;
  /** Told once the changes are saved. */
  onApplied: () => void;
}

/** Step 4: applies the dry run as shown, all or nothing; a change made meanwhile is shown as a conflict. */
export function DryRunApply({ report, onRecheck, onReset, onApplied }: DryRunApplyProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const apply = useApplyDryRun();
  const [conflicts, setConflicts] = useState<SheetApplyConflict[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = report.rows.filter((row) => row.outcome === 'changed' && row.id);

  if (apply.data) {
    return (
      <section className="card sheet-step" aria-labelledby="sheet-applied-heading">
        <h2 id="sheet-applied-heading">{t('spreadsheets.apply.doneTitle')}</h2>
        <p className="form-success" role="status">
          {t('spreadsheets.apply.done', { count: apply.data.applied, file: report.fileName })}
        </p>
        <ul className="sheet-applied">
          {changed.map((row) => (
            <li key={row.id}>
              <Link to={`/initiatives/${row.id}`}>{row.title ? <LocalizedText value={row.title} /> : row.id}</Link>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {t('spreadsheets.apply.another')}
        </button>
      </section>
    );
  }

  const blocked = report.counts.error > 0 || report.counts.conflict > 0;

  function submit() {
    setConflicts(null);
    setProblem(null);
    apply.mutate(report.id, {
      onSuccess: onApplied,
      onError: (error) => {
        if (!(error instanceof ApiError)) return setProblem(t('officials.errors.failed'));
        const body = error.problem as ProblemWith<{ conflicts: SheetApplyConflict[] }> | null;
        if (error.status === 409 && body?.conflicts) return setConflicts(body.conflicts);
        if (error.status === 409) return setProblem(t('spreadsheets.apply.refused'));
        if (error.status === 403) return setProblem(t('spreadsheets.apply.notYours'));
        if (error.status === 401) return setProblem(t('officials.errors.session'));
        setProblem(t('officials.errors.failed'));
      },
    });
  }

  return (
    <section className="card sheet-step" aria-labelledby="sheet-apply-heading">
      <h2 id="sheet-apply-heading">{t('spreadsheets.apply.title')}</h2>
      {conflicts && (
        <ConflictAlert
          message={t('spreadsheets.apply.conflict', { count: conflicts.length })}
          current={
            <ul className="sheet-details">
              {conflicts.map((conflict) => (
                <li key={conflict.id}>
                  <Link to={`/initiatives/${conflict.id}`}>{conflict.id}</Link>
                  {conflict.current &&
                    `: ${(Object.keys(conflict.current) as SheetChangeField[])
                      .map(
                        (field) =>
                          `${historyFieldLabels[lang][field]} ${historyValueText(field, conflict.current?.[field] ?? null, lang)}`,
                      )
                      .join('; ')}`}
                </li>
              ))}
            </ul>
          }
          onReload={onRecheck}
        />
      )}
      {problem && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {blocked ? (
        <p>{t('spreadsheets.apply.blocked')}</p>
      ) : report.counts.changed === 0 ? (
        <p>{t('spreadsheets.apply.nothing')}</p>
      ) : (
        <>
          <p>{t('spreadsheets.apply.intro', { count: report.counts.changed })}</p>
          <button type="button" className="button" disabled={apply.isPending || conflicts !== null} onClick={submit}>
            {t('spreadsheets.apply.submit', { count: report.counts.changed })}
          </button>
        </>
      )}
    </section>
  );
}
