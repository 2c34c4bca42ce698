import type { Milestone, MilestonePatch } from '@civic/shared/schemas';
import { historyFieldLabels, historyValueText } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { ApiError, type ProblemWith } from '../../../lib/api-client.ts';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { todayIn } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { earliestPlanDay, latestPlanDay, milestoneInputSchema, milestonePatchSchema } from '../../../lib/schemas.ts';
import { keepOwnEdits, movedOnServer } from '../../../lib/stale-edit.ts';
import { type SchemaForm, useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useAddMilestone, useRemoveMilestone, useUpdateMilestone } from '../api/save-milestone.ts';
import '../milestones.css';

export interface MilestonesEditorProps {
  initiativeId: string;
  milestones: Milestone[];
  onChanged: () => void;
}

type MilestoneFieldValues = { title: string; dueDate: string };

export function MilestonesEditor({ initiativeId, milestones, onChanged }: MilestonesEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('officials.milestones.title')}</h2>
      {milestones.map((milestone) => (
        <MilestoneRow
          key={`${milestone.id}-${milestone.version}`}
          initiativeId={initiativeId}
          milestone={milestone}
          onChanged={onChanged}
        />
      ))}
      <AddMilestone initiativeId={initiativeId} onChanged={onChanged} />
    </section>
  );
}

/** A milestone as the row's fields hold it: an unset day is empty. */
const milestoneFields = (milestone: Milestone) => ({
  title: milestone.title,
  dueDate: milestone.dueDate ?? '',
  completedOn: milestone.completedOn ?? '',
});

const milestoneHistoryField = {
  title: 'milestone.title',
  dueDate: 'milestone.dueDate',
  completedOn: 'milestone.completedOn',
} as const;

/** "Now:" on a conflict: each field the other change moved since the official loaded the milestone, with its new value. */
function MovedMilestone({ seen, current }: { seen: Milestone; current: Milestone }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = milestoneFields(current);
  const moved = movedOnServer(milestoneFields(seen), now);
  if (moved.length === 0) return <>{t('officials.milestones.conflictNoField')}</>;
  return (
    <>
      <ul className="conflict-fields">
        {moved.map((field) => (
          <li key={field}>
            {historyFieldLabels[lang][milestoneHistoryField[field]]}:{' '}
            {historyValueText(milestoneHistoryField[field], now[field], lang)}
          </li>
        ))}
      </ul>
      <span className="field-hint">{t('officials.form.reloadKeeps')}</span>
    </>
  );
}

function MilestoneRow({
  initiativeId,
  milestone,
  onChanged,
}: { milestone: Milestone } & Omit<MilestonesEditorProps, 'milestones'>) {
  const { t } = useTranslation();
  const id = useId();
  const save = useUpdateMilestone(initiativeId, milestone.id, onChanged);
  const remove = useRemoveMilestone(initiativeId, milestone, onChanged);
  const [conflict, setConflict] = useState<Milestone | 'gone' | null>(null);
  const today = todayIn();
  // The day it was really done, in the data's zone: today unless the official enters an earlier one.
  const form = useSchemaForm({
    // An open milestone has no completion day yet: left empty, completing it takes today (TIME_ZONE) on the server.
    initial: milestoneFields(milestone),
    schema: milestonePatchSchema,
    // A completion day entered is saved with the rest: it completes an open milestone on that day, or
    // corrects the day of a completed one (the field's hint says so).
    toCandidate: ({ title, dueDate, completedOn }) => {
      const newCompletionDay = completedOn && completedOn !== milestone.completedOn;
      return { title, dueDate: dueDate || null, ...(newCompletionDay ? { completedOn } : {}) };
    },
  });
  const fieldErrorText = useFieldErrorText();
  const { completedOn } = form.values;
  const pending = save.isPending || remove.isPending;

  // A 409 keeps what the official typed and shows the milestone as it now stands; a 404 means it is gone;
  // a 400 puts each problem+json field error on its field (a completion day after today on "Completed on").
  function onFailure(error: Error) {
    const problem = error instanceof ApiError ? (error.problem as ProblemWith<{ current: Milestone }> | null) : null;
    if (error instanceof ApiError && error.status === 400 && problem?.errors) return form.showProblems(problem.errors);
    if (error instanceof ApiError && error.status === 409 && problem?.current) return setConflict(problem.current);
    if (error instanceof ApiError && error.status === 404) return setConflict('gone');
  }

  function send(patch: MilestonePatch) {
    setConflict(null);
    save.mutate({ ...patch, version: milestone.version }, { onError: onFailure });
  }

  function toggleCompletion() {
    send(milestone.completedAt ? { completed: false } : { completed: true, ...(completedOn ? { completedOn } : {}) });
  }

  const failed = (save.isError || remove.isError) && conflict === null && Object.keys(form.errors).length === 0;

  return (
    <form ref={form.formRef} className="official-form" onSubmit={form.handleSubmit(send)} noValidate>
      <fieldset className="milestone-edit">
        <legend>{milestone.title}</legend>
        {conflict === 'gone' && (
          <p className="form-alert" role="alert">
            {t('officials.milestones.gone')}
          </p>
        )}
        {conflict && conflict !== 'gone' && (
          <ConflictAlert
            message={t('officials.milestones.conflict')}
            current={<MovedMilestone seen={milestone} current={conflict} />}
            onReload={() => {
              // What the other change moved comes in; the official's own edits to the other fields stay.
              form.setValues((typed) => keepOwnEdits(milestoneFields(milestone), milestoneFields(conflict), typed));
              setConflict(null);
              onChanged();
            }}
          />
        )}
        {milestone.completedAt && <p className="muted">{t('officials.milestones.isComplete')}</p>}
        <MilestoneFields id={id} form={form} />
        <FormField
          id={`${id}-done`}
          label={t('officials.milestones.completedOn')}
          hint={milestone.completedAt ? undefined : t('officials.milestones.completedOnHint')}
          error={fieldErrorText(form.errors.completedOn, 'officials.errors.targetDate')}
        >
          {(control) => <input {...control} {...form.field('completedOn')} type="date" max={today} />}
        </FormField>
        {failed && (
          <p className="form-alert" role="alert">
            {t('officials.errors.failed')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t('officials.milestones.save')}
          </button>
          <button type="button" className="button button-secondary" disabled={pending} onClick={toggleCompletion}>
            {milestone.completedAt ? t('officials.milestones.reopen') : t('officials.milestones.complete')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={pending}
            onClick={() => {
              if (!window.confirm(t('officials.milestones.confirmRemove', { title: milestone.title }))) return;
              setConflict(null);
              remove.mutate(undefined, { onError: onFailure });
            }}
          >
            {t('officials.milestones.remove')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const emptyMilestone: MilestoneFieldValues = { title: '', dueDate: '' };

function AddMilestone({ initiativeId, onChanged }: Omit<MilestonesEditorProps, 'milestones'>) {
  const { t } = useTranslation();
  const id = useId();
  const form = useSchemaForm({
    initial: emptyMilestone,
    schema: milestoneInputSchema,
    toCandidate: (values) => ({ title: values.title, ...(values.dueDate ? { dueDate: values.dueDate } : {}) }),
  });
  const add = useAddMilestone(initiativeId, () => {
    form.setValues(emptyMilestone);
    onChanged();
  });
  // A 400 puts each problem+json field error on its field (a due day before 2000-01-01 on "due date").
  const showProblems = (error: Error) => {
    const problem = error instanceof ApiError ? error.problem : null;
    if (error instanceof ApiError && error.status === 400 && problem?.errors) form.showProblems(problem.errors);
  };

  return (
    <form
      ref={form.formRef}
      className="official-form"
      onSubmit={form.handleSubmit((input) => add.mutate(input, { onError: showProblems }))}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('officials.milestones.add')}</h3>
      <MilestoneFields id={id} form={form} />
      {add.isError && Object.keys(form.errors).length === 0 && (
        <p className="form-alert" role="alert">
          {t('officials.errors.failed')}
        </p>
      )}
      <button type="submit" className="button" disabled={add.isPending}>
        {t('officials.milestones.addButton')}
      </button>
    </form>
  );
}

interface MilestoneFieldsProps {
  id: string;
  form: Pick<SchemaForm<MilestoneFieldValues, unknown>, 'errors' | 'field' | 'values'>;
}

/** The title and due date of a milestone, alike when adding one and when editing it. */
function MilestoneFields({ id, form }: MilestoneFieldsProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  return (
    <>
      <FormField
        id={`${id}-title`}
        label={t('officials.milestones.name')}
        error={fieldErrorText(form.errors.title, 'officials.errors.milestoneTitle')}
        limit={{ max: 300, value: form.values.title }}
      >
        {(control) => <input {...control} {...form.field('title')} maxLength={300} />}
      </FormField>
      <FormField
        id={`${id}-due`}
        label={t('officials.milestones.due')}
        error={fieldErrorText(form.errors.dueDate, 'officials.errors.targetDate')}
      >
        {(control) => (
          <input {...control} {...form.field('dueDate')} type="date" min={earliestPlanDay} max={latestPlanDay} />
        )}
      </FormField>
    </>
  );
}
