import './forms.css';
import type { ReactNode } from 'react';

export interface FormFooterProps {
  /** What refused the whole form (not one field), e.g. an ended session. */
  error?: string | undefined;
  /** Said once the write went through. */
  success?: string | null | undefined;
  submitLabel: string;
  pending: boolean;
  /** Further buttons beside the submit one. */
  children?: ReactNode;
}

/** The end of a write form: the form-wide error or success, then the submit button and any others. */
export function FormFooter({ error, success, submitLabel, pending, children }: FormFooterProps) {
  return (
    <>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {success && (
        <p className="form-success" role="status">
          {success}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        {children}
      </div>
    </>
  );
}
