import type { ImportCandidate, InitiativeDetail } from '@civic/shared/schemas';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { StageSelect, StatusSelect } from '../../../components/vocabulary-fields.tsx';
import { importedUpdateSchema } from '../../../lib/schemas.ts';
import { type FieldProblem, useSchemaForm } from '../../../lib/use-schema-form.ts';
import { type Decision, renamedIssues, toImportedUpdate, type UpdateFields } from '../review-model.ts';
import { CandidateHeading } from './candidate-heading.tsx';
import { DecisionButtons, Reasons } from './decision-buttons.tsx';

const schema = renamedIssues(importedUpdateSchema);

export interface UpdateCardProps {
  index: number;
  candidate: ImportCandidate;
  /** The tracked initiative as it stands now; undefined while it loads. */
  tracked: InitiativeDetail | undefined;
  decision: Decision;
  fields: UpdateFields;
  problems: readonly FieldProblem[];
  onDecide: (decision: Decision, fields: UpdateFields) => void;
  onShow: () => void;
}

/** A passage that reports progress on a tracked initiative: the proposed change, with the passage as evidence. */
export function UpdateCard({
  index,
  candidate,
  tracked,
  decision,
  fields,
  problems,
  onDecide,
  onShow,
}: UpdateCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const form = useSchemaForm<UpdateFields, unknown>({
    initial: fields,
    schema,
    toCandidate: (values) => (tracked ? toImportedUpdate(values, tracked) : {}),
  });
  const { values, errors } = form;
  const errorText = (field: keyof UpdateFields) => (errors[field] ? t(`imports.errors.update.${field}`) : undefined);
  const show = useRef(form.showProblems);
  show.current = form.showProblems;
  useEffect(() => {
    if (problems.length === 0) return;
    setEditing(true);
    show.current(problems);
  }, [problems]);

  function accept() {
    if (!tracked || form.check() === null) return setEditing(true);
    setEditing(false);
    onDecide('accepted', values);
  }

  return (
    <article
      className={`card candidate-card update-card is-${decision}`}
      id={`candidate-${index}`}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <CandidateHeading id={`${id}-title`} index={index} onShow={onShow} decision={decision}>
        {t('imports.review.update')}
      </CandidateHeading>
      <p>
        {t('imports.review.reportsOn')}{' '}
        {tracked ? (
          <Link to={`/initiatives/${tracked.id}`}>
            <LocalizedText value={tracked.title} />
          </Link>
        ) : (
          candidate.matchId
        )}
      </p>
      {tracked && (
        <p className="update-move">
          <StatusBadge status={tracked.status} />
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> — </span>
          <StatusBadge status={values.status as InitiativeDetail['status']} />
          {tracked.kind === 'legislation' && (values.legislativeStage || null) !== tracked.legislativeStage && (
            <span>
              {' '}
              {t('stage.label')}:{' '}
              {tracked.legislativeStage ? t(`stage.${tracked.legislativeStage}`) : t('common.notSet')}
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> — </span>
              {values.legislativeStage ? t(`stage.${values.legislativeStage}`) : t('common.notSet')}
            </span>
          )}
        </p>
      )}
      <p className="evidence-label">{t('imports.review.evidence')}</p>
      <blockquote lang="ru">{values.quote}</blockquote>
      <Reasons reasons={candidate.reasons} score={candidate.matchScore} />
      {editing && (
        <form
          ref={form.formRef}
          className="official-form candidate-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            accept();
          }}
        >
          {errors.form && (
            <p className="form-alert" role="alert">
              {t('imports.errors.failed')}
            </p>
          )}
          <StatusSelect id={id} error={errorText('status')} control={form.field('status')} />
          {tracked?.kind === 'legislation' && (
            <StageSelect id={id} error={errorText('legislativeStage')} control={form.field('legislativeStage')} />
          )}
          <FormField id={`${id}-note`} label={t('officials.form.note')} error={errorText('note')}>
            {(control) => <textarea {...control} {...form.field('note')} />}
          </FormField>
          <FormField
            id={`${id}-quote`}
            label={t('imports.fields.evidence')}
            hint={t('imports.fields.quoteHint')}
            error={errorText('quote')}
          >
            {(control) => <textarea {...control} lang="ru" {...form.field('quote')} />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('imports.review.saveAndAccept')}
            </button>
          </div>
        </form>
      )}
      <DecisionButtons
        decision={decision}
        editing={editing}
        onAccept={accept}
        onEdit={() => setEditing((open) => !open)}
        onReject={() => {
          setEditing(false);
          onDecide('rejected', values);
        }}
      />
    </article>
  );
}
