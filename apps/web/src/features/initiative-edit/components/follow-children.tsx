import type { InitiativeDetail } from '@civic/shared/schemas';
import { childrenProgress } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { ApiError, type ProblemWith } from '../../../lib/api-client.ts';
import { formatDate, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFollowChildren } from '../api/follow-children.ts';

export interface FollowChildrenProps {
  initiative: InitiativeDetail;
  /** When an official last typed in the progress, if the history shows it. */
  setOn: string | null;
  onChanged: (detail: InitiativeDetail) => void;
}

/**
 * On a parent whose progress was typed in: says so, with what its children say, and lets an official
 * make it follow them again (a change recorded in the history with a note).
 */
export function FollowChildren({ initiative, setOn, onChanged }: FollowChildrenProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<InitiativeDetail | null>(null);
  const follow = useFollowChildren(initiative.id, onChanged);
  const mean = childrenProgress(initiative.children);
  if (initiative.progressSource !== 'explicit' || mean === null) return null;

  const figures = { value: formatPercent(initiative.progress, lang), children: formatPercent(mean, lang) };
  const said = setOn
    ? t('initiativeEdit.follow.stateDated', { ...figures, date: formatDate(setOn, lang) })
    : t('initiativeEdit.follow.state', figures);

  function submit() {
    setConflict(null);
    if (note.trim() === '') return setError(t('officials.errors.note'));
    setError(null);
    follow.mutate(
      { version: initiative.version, note: note.trim() },
      {
        onSuccess: () => setNote(''),
        onError: (failure) => {
          const problem =
            failure instanceof ApiError ? (failure.problem as ProblemWith<{ current: InitiativeDetail }>) : null;
          if (failure instanceof ApiError && failure.status === 409 && problem?.current)
            return setConflict(problem.current);
          setError(t('officials.errors.failed'));
        },
      },
    );
  }

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiativeEdit.follow.title')}</h2>
      <p>{said}</p>
      <form
        className="official-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {conflict && (
          <ConflictAlert
            message={t('initiativeEdit.conflict')}
            current={formatPercent(conflict.progress, lang)}
            onReload={() => {
              setConflict(null);
              onChanged(conflict);
            }}
          />
        )}
        <FormField
          id={`${id}-note`}
          label={t('officials.form.note')}
          hint={t('officials.form.noteHint')}
          error={error ?? undefined}
        >
          {(props) => (
            <textarea
              {...props}
              required
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={follow.isPending}>
            {t('initiativeEdit.follow.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
