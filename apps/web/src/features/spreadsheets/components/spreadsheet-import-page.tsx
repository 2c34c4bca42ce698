import type { SheetDryRun } from '@civic/shared/schemas';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCreateDryRun } from '../api/create-dry-run.ts';
import { DryRunApply } from './dry-run-apply.tsx';
import { DryRunReport } from './dry-run-report.tsx';
import { SheetDownload } from './sheet-download.tsx';
import { SheetUploadForm } from './sheet-upload-form.tsx';
import '../spreadsheets.css';

export interface SpreadsheetImportPageProps {
  /** Wraps the steps, e.g. to ask a visitor to log in first. */
  guard: (steps: ReactNode) => ReactNode;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** A refused upload in the interface's words: too large, a missing id or version column, or unreadable. */
function uploadProblem(error: unknown, t: T): string {
  if (!(error instanceof ApiError)) return t('officials.errors.failed');
  if (error.status === 413) return t('spreadsheets.upload.tooLarge');
  if (error.status === 401 || error.status === 403) return t('officials.errors.session');
  if (error.status !== 400) return t('officials.errors.failed');
  const missing = (error.problem?.errors ?? [])
    .map((e) => /^file\.(id|version)$/.exec(e.field)?.[1])
    .filter((column): column is string => column !== undefined);
  return missing.length > 0
    ? t('spreadsheets.upload.missingColumns', { columns: missing.join(', ') })
    : t('spreadsheets.upload.unreadable');
}

/** "Update from a spreadsheet": download the list, fill it in, send it back, check the dry run, apply. */
export function SpreadsheetImportPage({ guard }: SpreadsheetImportPageProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<SheetDryRun | null>(null);
  // Once applied, the dry run's "nothing is saved yet" no longer holds: only the outcome stays.
  const [applied, setApplied] = useState(false);
  const dryRun = useCreateDryRun();

  function check(chosen: File) {
    setReport(null);
    setApplied(false);
    dryRun.mutate({ file: chosen, lang }, { onSuccess: setReport });
  }

  return (
    <div className="page">
      <PageTitle title={t('spreadsheets.title')} />
      <header className="page-header">
        <h1>{t('spreadsheets.title')}</h1>
        <p className="lead">{t('spreadsheets.intro')}</p>
      </header>
      {guard(
        <div className="sheet-steps">
          <SheetDownload />
          <SheetUploadForm
            file={file}
            onFileChange={setFile}
            onSubmit={check}
            pending={dryRun.isPending}
            problem={dryRun.isError ? uploadProblem(dryRun.error, t) : null}
          />
          {report && (
            <>
              {!applied && <DryRunReport report={report} />}
              <DryRunApply
                key={report.id}
                report={report}
                onRecheck={() => file && check(file)}
                onApplied={() => setApplied(true)}
                onReset={() => {
                  setReport(null);
                  dryRun.reset();
                }}
              />
            </>
          )}
        </div>,
      )}
    </div>
  );
}
