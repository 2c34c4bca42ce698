import { useTranslation } from 'react-i18next';
import { ApiError, type ProblemWith } from './api-client.ts';
import type { FieldProblem } from './use-schema-form.ts';

interface FailureTarget {
  setErrors: (errors: { form: string }) => void;
  showProblems: (problems: readonly FieldProblem[]) => void;
}

/**
 * What a form does when a versioned write is refused: a 409 hands over the record as it now stands,
 * a 400 puts each problem on its field, an ended session or any other failure is said above the fields.
 */
export function useWriteFailure<Current>(form: FailureTarget, onConflict: (current: Current) => void) {
  const { t } = useTranslation();
  return (error: Error) => {
    if (!(error instanceof ApiError)) return form.setErrors({ form: t('officials.errors.failed') });
    const problem = error.problem as ProblemWith<{ current: Current }> | null;
    if (error.status === 409 && problem?.current) return onConflict(problem.current);
    if (error.status === 400 && problem?.errors) return form.showProblems(problem.errors);
    if (error.status === 401 || error.status === 403) return form.setErrors({ form: t('officials.errors.session') });
    form.setErrors({ form: t('officials.errors.failed') });
  };
}
