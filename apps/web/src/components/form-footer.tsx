import './forms.css';
import type { ReactNode } from 'react';

export interface FormFooterProps {
  /** What refused the whole form (not one field), e.g. an ended session. */
  error?: string | undefined;
  /** Said once the write went through; may hold a link to what it made. */
  success?: ReactNode;
  submitLabel: string;
  /** The write is under way: the button stays focusable but does nothing. */
  pending: boolean;
  /** There is nothing to submit yet (e.g. no proposal accepted): the button is disabled. */
  disabled?: boolean;
  /** Further buttons beside the submit one. */
  children?: ReactNode;
}

/** The end of a write form: the form-wide error or success, then the submit button and any others. */
export function FormFooter({ error, success, submitLabel, pending, disabled, children }: FormFooterProps) {
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
        {/* aria-disabled, not disabled: a disabled button drops focus to the top of the page while it waits. */}
        <button
          type="submit"
          className="button"
          disabled={disabled}
          aria-disabled={pending}
          onClick={(event) => pending && event.preventDefault()}
        >
          {submitLabel}
        </button>
        {children}
      </div>
    </>
  );
}
