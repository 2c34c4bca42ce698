import type { Milestone } from '@civic/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../lib/format.ts';
import { useAddMilestone, useUpdateMilestone } from '../api/save-milestone.ts';
import { FormField } from './form-field.tsx';

export interface MilestonesEditorProps {
  initiativeId: string;
  milestones: Milestone[];
  onChanged: () => void;
}

export function MilestonesEditor({ initiativeId, milestones, onChanged }: MilestonesEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('officials.milestones.title')}</h2>
      {milestones.map((milestone) => (
        <MilestoneRow
          key={`${milestone.id}-${milestone.updatedAt}`}
          initiativeId={initiativeId}
          milestone={milestone}
          onChanged={onChanged}
        />
      ))}
      <AddMilestone initiativeId={initiativeId} onChanged={onChanged} />
    </section>
  );
}

function MilestoneRow({
  initiativeId,
  milestone,
  onChanged,
}: { milestone: Milestone } & Omit<MilestonesEditorProps, 'milestones'>) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(milestone.title);
  const [dueDate, setDueDate] = useState(milestone.dueDate ?? '');
  const today = todayIn();
  // The day it was really done, in the data's zone: today unless the official enters an earlier one.
  const [completedOn, setCompletedOn] = useState(milestone.completedOn ?? today);
  const [titleError, setTitleError] = useState(false);
  const save = useUpdateMilestone(initiativeId, milestone.id, onChanged);
  const newCompletionDay = milestone.completedAt && completedOn && completedOn !== milestone.completedOn;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) return setTitleError(true);
    setTitleError(false);
    save.mutate({ title: title.trim(), dueDate: dueDate || null, ...(newCompletionDay ? { completedOn } : {}) });
  }

  function toggleCompletion() {
    save.mutate(
      milestone.completedAt ? { completed: false } : { completed: true, ...(completedOn ? { completedOn } : {}) },
    );
  }

  return (
    <form className="official-form" onSubmit={submit} noValidate>
      <fieldset className="milestone-edit">
        <legend>{milestone.title}</legend>
        {milestone.completedAt && <p className="muted">{t('officials.milestones.isComplete')}</p>}
        <MilestoneFields
          id={id}
          title={title}
          dueDate={dueDate}
          titleError={titleError}
          onTitle={setTitle}
          onDueDate={setDueDate}
        />
        <FormField id={`${id}-done`} label={t('officials.milestones.completedOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={completedOn}
              max={today}
              onChange={(e) => setCompletedOn(e.target.value)}
            />
          )}
        </FormField>
        {save.isError && (
          <p className="form-alert" role="alert">
            {t('officials.errors.failed')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={save.isPending}>
            {t('officials.milestones.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={save.isPending}
            onClick={toggleCompletion}
          >
            {milestone.completedAt ? t('officials.milestones.reopen') : t('officials.milestones.complete')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function AddMilestone({ initiativeId, onChanged }: Omit<MilestonesEditorProps, 'milestones'>) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [titleError, setTitleError] = useState(false);
  const add = useAddMilestone(initiativeId, () => {
    setTitle('');
    setDueDate('');
    onChanged();
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) return setTitleError(true);
    setTitleError(false);
    add.mutate({ title: title.trim(), ...(dueDate ? { dueDate } : {}) });
  }

  return (
    <form className="official-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('officials.milestones.add')}</h3>
      <MilestoneFields
        id={id}
        title={title}
        dueDate={dueDate}
        titleError={titleError}
        onTitle={setTitle}
        onDueDate={setDueDate}
      />
      {add.isError && (
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
  title: string;
  dueDate: string;
  titleError: boolean;
  onTitle: (title: string) => void;
  onDueDate: (dueDate: string) => void;
}

/** The title and due date of a milestone, alike when adding one and when editing it. */
function MilestoneFields({ id, title, dueDate, titleError, onTitle, onDueDate }: MilestoneFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={`${id}-title`}
        label={t('officials.milestones.name')}
        error={titleError ? t('officials.errors.milestoneTitle') : undefined}
      >
        {(control) => <input {...control} value={title} maxLength={300} onChange={(e) => onTitle(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-due`} label={t('officials.milestones.due')}>
        {(control) => <input {...control} type="date" value={dueDate} onChange={(e) => onDueDate(e.target.value)} />}
      </FormField>
    </>
  );
}
