import { useTranslation } from 'react-i18next';
import { ApiError, type ProblemWith } from './api-client.ts';
import type { FieldProblem } from './use-schema-form.ts';

interface FailureTarget {
  setErrors: (errors: { form: string }) => void;
  showProblems: (problems: readonly FieldProblem[]) => void;
}

/** How a form answers the refusals that mean something particular to it; the rest is the same on every form. */
export interface WriteFailureOptions<Current> {
  /**
   * A 409 that hands over what now stands (the problem's `current`, or the member `conflictKey` names):
   * the form shows it in a ConflictAlert, the typed values kept.
   */
  onConflict?: (current: Current) => void;
  /** The problem member a 409 hands the current state in; `current` (the versioned writes' rule) unless said. */
  conflictKey?: string;
  /** A 409 that hands nothing over: what the write would make exists already (an id or username taken, an import confirmed). */
  onTaken?: () => void;
}

/**
 * What a form does when a write is refused (`error` as `request()` rejects with it): a 409 hands over
 * the record as it now stands (`onConflict`) or says the thing exists already (`onTaken`); a 400 puts
 * each problem+json `errors` entry on its field (the form's showProblems); an ended session (401/403)
 * or any other failure, a network one included, is the form's own error (`officials.errors.session`
 * or `officials.errors.failed`), which its FormFooter says.
 */
export function useWriteFailure<Current>(
  form: FailureTarget,
  { onConflict, conflictKey = 'current', onTaken }: WriteFailureOptions<Current> = {},
) {
  const { t } = useTranslation();
  return (error: Error) => {
    if (!(error instanceof ApiError)) return form.setErrors({ form: t('officials.errors.failed') });
    const problem = error.problem as ProblemWith<Record<string, unknown>> | null;
    const current = problem?.[conflictKey] as Current | undefined;
    if (error.status === 409 && current && onConflict) return onConflict(current);
    if (error.status === 409 && onTaken) return onTaken();
    if (error.status === 400 && problem?.errors) return form.showProblems(problem.errors);
    if (error.status === 401 || error.status === 403) return form.setErrors({ form: t('officials.errors.session') });
    form.setErrors({ form: t('officials.errors.failed') });
  };
}
