import { useTranslation } from 'react-i18next';
import type { FormError } from './use-schema-form.ts';

/**
 * What a field's problem says, read from its code and parameters (never from its English message): the
 * API sends them in each problem+json `errors[]` entry and the form's own check gives the schema's issues
 * the same (fieldProblemOf in @civic/shared), so one reading serves both, whatever the wording.
 * A form used to show one fixed text for any problem of a field ("give at least one link" for 60 links);
 * it now says what is wrong when the problem is one of these, and its own text for the rest.
 */
export type ProblemKind =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number; item: number | null }
  | { kind: 'tooMany'; max: number }
  | { kind: 'afterToday' }
  | { kind: 'tooEarly'; min: string }
  | { kind: 'tooLate'; max: string }
  | { kind: 'other' };

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The kind of a field's problem; a form's own mark (a plain string) or a code not named here is `other`. */
export function problemKind(error: FormError): ProblemKind {
  if (typeof error === 'string') return { kind: 'other' };
  const { code, origin, maximum, minimum } = error;
  if (code === 'required') return { kind: 'required' };
  if (code === 'too_big' && typeof maximum === 'number') {
    if (origin === 'string') return { kind: 'tooLong', max: maximum, item: error.item ?? null };
    if (origin === 'array') return { kind: 'tooMany', max: maximum };
  }
  // An empty text sent to the API is a string shorter than one character: it is missing.
  if (code === 'too_small' && origin === 'string' && minimum === 1) return { kind: 'required' };
  if (code === 'after_today') return { kind: 'afterToday' };
  if (code === 'before_min' && isDay(minimum)) return { kind: 'tooEarly', min: minimum };
  if (code === 'after_max' && isDay(maximum)) return { kind: 'tooLate', max: maximum };
  return { kind: 'other' };
}

/**
 * The text a form shows under a field: what the problem names (too long with its limit, too many entries
 * with the limit, a day after today or before the earliest allowed), else the field's own text
 * `fallbackKey` (which says how to fill it in; `${fallbackKey}Required` when missing, if there is one).
 * Undefined when the field has no problem.
 */
export function useFieldErrorText() {
  const { t } = useTranslation();
  return (error: FormError | undefined, fallbackKey: string): string | undefined => {
    if (error === undefined) return undefined;
    const problem = problemKind(error);
    switch (problem.kind) {
      // The field's own text says what to enter; a field whose text is about something else (a day's
      // bounds) has a `…Required` text, else the plain "required".
      case 'required':
        return t([`${fallbackKey}Required`, fallbackKey, 'forms.problems.required']);
      case 'tooLong':
        return problem.item === null
          ? t('forms.problems.tooLong', { max: problem.max })
          : t('forms.problems.itemTooLong', { max: problem.max, item: problem.item });
      case 'tooMany':
        return t('forms.problems.tooMany', { max: problem.max });
      case 'afterToday':
        return t('forms.problems.afterToday');
      case 'tooEarly':
        return t('forms.problems.tooEarly', { min: problem.min });
      case 'tooLate':
        return t('forms.problems.tooLate', { max: problem.max });
      default:
        return t(fallbackKey);
    }
  };
}
