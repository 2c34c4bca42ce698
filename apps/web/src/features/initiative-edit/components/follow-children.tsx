import type { InitiativeDetail, StatusChangeInput } from '@civic/shared/schemas';
import { childrenProgress, followedProgress } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { formatDate, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { statusChangeInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
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
  const form = useSchemaForm<{ note: string }, StatusChangeInput>({
    initial: { note: '' },
    schema: statusChangeInputSchema,
    toCandidate: ({ note }) => ({ version: initiative.version, followChildren: true, note }),
  });
  const [conflict, setConflict] = useState<InitiativeDetail | null>(null);
  const follow = useFollowChildren(initiative.id, onChanged);
  const showFailure = useWriteFailure<InitiativeDetail>(form, { onConflict: setConflict });
  const mean = childrenProgress(initiative.children);
  if (initiative.progressSource !== 'explicit' || mean === null) return null;

  // What following would give: the mean held to the status (a completed parent stays at 100 %).
  const followed = followedProgress(initiative.status, initiative.children) ?? initiative.progress;
  const figures = { value: formatPercent(initiative.progress, lang), children: formatPercent(followed, lang) };
  const said = setOn
    ? t('initiativeEdit.follow.stateDated', { ...figures, date: formatDate(setOn, lang) })
    : t('initiativeEdit.follow.state', figures);

  const submit = form.handleSubmit(
    ({ note }) =>
      follow.mutate(
        { version: initiative.version, note },
        { onSuccess: () => form.setValues({ note: '' }), onError: showFailure },
      ),
    () => setConflict(null),
  );

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiativeEdit.follow.title')}</h2>
      <p>{said}</p>
      <form ref={form.formRef} className="official-form" noValidate onSubmit={submit}>
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
          error={form.errors.note && t('officials.errors.note')}
          limit={{ max: 2000, value: form.values.note }}
        >
          {(props) => <textarea {...props} required maxLength={2000} {...form.field('note')} />}
        </FormField>
        <FormFooter
          error={form.errors.form}
          submitLabel={t('initiativeEdit.follow.submit')}
          pending={follow.isPending}
        />
      </form>
    </section>
  );
}
