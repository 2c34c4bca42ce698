import type { SheetUpload } from '@civic/shared/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { sheetUploadSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';

export interface SheetUploadFormProps {
  /** The file chosen last, kept by the page so that a dry run can be made again from it. */
  file: File | null;
  onFileChange: (file: File | null) => void;
  onSubmit: (file: File) => void;
  pending: boolean;
  /** What the server said about the last file sent, in the interface's words. */
  problem: string | null;
}

/** Step 2: an .xlsx or CSV file sent for a dry run, checked first with the shared upload schema. */
export function SheetUploadForm({ file, onFileChange, onSubmit, pending, problem }: SheetUploadFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const form = useSchemaForm<{ file: string }, SheetUpload>({
    initial: { file: '' },
    schema: sheetUploadSchema,
    toCandidate: () => ({ file: { name: file?.name ?? '', size: file?.size ?? 0 } }),
  });

  return (
    <section className="card sheet-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('spreadsheets.upload.title')}</h2>
      <form
        ref={form.formRef}
        className="official-form sheet-upload"
        noValidate
        onSubmit={form.handleSubmit(() => {
          if (file) onSubmit(file);
        })}
      >
        {problem && (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        )}
        <FormField
          id={`${id}-file`}
          label={t('spreadsheets.upload.file')}
          hint={t('spreadsheets.upload.fileHint')}
          error={fieldErrorText(form.errors.file, 'spreadsheets.upload.fileError')}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                onFileChange(chosen);
                form.setValues({ file: chosen?.name ?? '' });
              }}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('spreadsheets.upload.checking') : t('spreadsheets.upload.check')}
          </button>
        </div>
      </form>
    </section>
  );
}
