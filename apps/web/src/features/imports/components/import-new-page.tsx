import type { ImportTextInput } from '@civic/shared/schemas';
import { languages } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { earliestPlanDay, importMetadataSchema, importTextInputSchema, latestPlanDay } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useStartImport } from '../api/start-import.ts';
import '../imports.css';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';

type StartFields = {
  text: string;
  title: string;
  publisher: string;
  language: string;
  publishedAt: string;
  url: string;
};
type StartField = keyof StartFields;
/** What the form checks: a file brings its own text, so then only the fields about the source. */
type StartInput = Omit<ImportTextInput, 'text'> & { text?: string };

const blank: StartFields = { text: '', title: '', publisher: '', language: 'ru', publishedAt: '', url: '' };
const accept =
  '.txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Empty optional fields are left out rather than sent blank. */
const toCandidate = (values: StartFields) => ({
  ...values,
  publishedAt: values.publishedAt || null,
  url: values.url.trim() || null,
});

/** An official pastes a press release or picks its file, says where it comes from, and gets the draft to review. */
export function ImportNewPage() {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'paste' | 'file'>('paste');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const start = useStartImport();
  const form = useSchemaForm<StartFields, StartInput>({
    initial: blank,
    schema: mode === 'paste' ? importTextInputSchema : importMetadataSchema,
    toCandidate: (values) => {
      const { text, ...metadata } = toCandidate(values);
      return mode === 'paste' ? { ...metadata, text } : metadata;
    },
  });
  const { errors } = form;
  const errorText = (field: StartField) => fieldErrorText(errors[field], `imports.errors.${field}`);

  function submit({ text = '', ...fields }: StartInput) {
    if (mode === 'file' && !file) return setFileError(t('imports.errors.file'));
    const sent = mode === 'file' && file ? { file, fields } : { ...fields, text };
    start.mutate(sent, {
      onSuccess: (draft) => navigate(`/imports/${draft.id}`),
      onError: (error) => {
        const problem = error instanceof ApiError ? error.problem : null;
        if (problem?.errors?.some((e) => e.field.endsWith('file'))) {
          return setFileError(problem.detail ?? problem.errors[0]?.message ?? t('imports.errors.file'));
        }
        if (problem?.errors) form.showProblems(problem.errors);
      },
    });
  }

  const failed =
    start.isError && !fileError && !Object.keys(errors).length
      ? start.error instanceof ApiError && start.error.status === 409
        ? t('imports.start.alreadySource')
        : start.error instanceof ApiError && start.error.problem?.detail
          ? start.error.problem.detail
          : t('imports.errors.failed')
      : null;

  return (
    <div className="page import-page">
      <PageTitle title={t('imports.start.title')} />
      <header className="page-header">
        <h1>{t('imports.start.title')}</h1>
        <p className="lead">{t('imports.start.intro')}</p>
      </header>
      <form
        ref={form.formRef}
        className="card official-form import-start"
        onSubmit={(event) => {
          setFileError(mode === 'file' && !file ? t('imports.errors.file') : null);
          form.handleSubmit(submit)(event);
        }}
        noValidate
      >
        {failed && (
          <p className="form-alert" role="alert">
            {failed}
          </p>
        )}
        <fieldset className="import-mode">
          <legend>{t('imports.start.how')}</legend>
          {(['paste', 'file'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />{' '}
              {t(`imports.start.${value}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'paste' ? (
          <FormField id={`${id}-text`} label={t('imports.start.text')} error={errorText('text')}>
            {(control) => <textarea {...control} className="import-text-input" lang="ru" {...form.field('text')} />}
          </FormField>
        ) : (
          <FormField
            id={`${id}-file`}
            label={t('imports.start.fileLabel')}
            hint={t('imports.start.fileHint')}
            error={fileError ?? undefined}
          >
            {(control) => (
              <input
                {...control}
                aria-invalid={fileError ? true : undefined}
                type="file"
                accept={accept}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
        )}
        <FormField id={`${id}-title`} label={t('imports.start.docTitle')} error={errorText('title')}>
          {(control) => <input {...control} {...form.field('title')} />}
        </FormField>
        <FormField id={`${id}-publisher`} label={t('imports.start.publisher')} error={errorText('publisher')}>
          {(control) => <input {...control} {...form.field('publisher')} />}
        </FormField>
        <div className="import-row">
          <FormField id={`${id}-language`} label={t('imports.start.language')} error={errorText('language')}>
            {(control) => (
              <select {...control} {...form.field('language')}>
                {languages.map((language) => (
                  <option key={language} value={language}>
                    {t(`language.${language}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-date`}
            label={t('imports.start.publishedAt')}
            hint={t('imports.start.publishedAtHint')}
            error={errorText('publishedAt')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                min={earliestPlanDay}
                max={latestPlanDay}
                {...form.field('publishedAt')}
              />
            )}
          </FormField>
        </div>
        <FormField id={`${id}-url`} label={t('imports.start.url')} error={errorText('url')}>
          {(control) => <input {...control} type="url" inputMode="url" {...form.field('url')} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={start.isPending}>
            {start.isPending ? t('imports.start.reading') : t('imports.start.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
