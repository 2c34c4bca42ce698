import './forms.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** A text field's limit and what it holds: shown as "12 of 300 characters", so a cut at the limit is seen. */
  limit?: { max: number; value: string };
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control whose hint and error are tied to it, so screen readers read them with the field. */
export function FormField({ id, label, hint, error, limit, children }: FormFieldProps) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : '', limit ? `${id}-count` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {limit && (
        <span
          id={`${id}-count`}
          className={
            limit.value.length >= limit.max ? 'field-hint field-count field-count-full' : 'field-hint field-count'
          }
        >
          {t('forms.counter', { count: limit.value.length, max: limit.max })}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
