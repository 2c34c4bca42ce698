import type { InitiativeDetail, StatusChangeInput } from '@civic/shared/schemas';
import { progressAfterChange, progressConflict } from '@civic/shared/vocabulary';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { StageSelect, StatusSelect } from '../../../components/vocabulary-fields.tsx';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { earliestPlanDay, latestPlanDay, statusChangeInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
import { useUpdateInitiative } from '../api/update-initiative.ts';
import {
  fieldsFrom,
  rebaseFields,
  type StatusField,
  type StatusFields,
  toStatusChange,
} from '../status-change-form-model.ts';

/** The error a field carries when status and progress contradict each other (shared progressConflict). */
const contradiction = 'contradiction';

export interface StatusChangeFormProps {
  initiative: InitiativeDetail;
  onChanged: (detail: InitiativeDetail) => void;
}

export function StatusChangeForm({ initiative, onChanged }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const lang = useLanguage();
  const id = useId();
  const [base, setBase] = useState(initiative);
  const form = useSchemaForm<StatusFields, StatusChangeInput>({
    initial: () => fieldsFrom(initiative),
    schema: statusChangeInputSchema,
  });
  const { errors, setErrors, setValues } = form;
  const [conflict, setConflict] = useState<InitiativeDetail | null>(null);
  const [done, setDone] = useState<'saved' | 'verified' | null>(null);
  const update = useUpdateInitiative(initiative.id, onChanged);
  const showFailure = useWriteFailure<InitiativeDetail>(form, { onConflict: setConflict });

  // The page reloaded the initiative after this official's own edit (e.g. a milestone): carry on from that version.
  useEffect(() => {
    if (initiative.version <= base.version) return;
    setValues((current) => rebaseFields(base, initiative, current));
    setBase(initiative);
  }, [initiative, base, setValues]);

  const errorText = (field: StatusField) =>
    errors[field] === contradiction
      ? t('officials.errors.progressConflict')
      : fieldErrorText(errors[field], `officials.errors.${field}`);

  function submit(verifiedOnly: boolean) {
    if (update.isPending) return;
    setDone(null);
    setConflict(null);
    const input = form.check(toStatusChange(base, form.values, verifiedOnly));
    if (!input) return;
    // The shared rule the API applies (progressConflict): said here before a round trip, on the field to fix.
    const status = input.status ?? base.status;
    const progress = progressAfterChange(base.progress, status, input.progress);
    if (base.progressSource !== 'children' && progressConflict(status, progress)) {
      return setErrors(input.progress !== undefined ? { progress: contradiction } : { status: contradiction });
    }
    update.mutate(input, {
      onSuccess: (detail) => {
        setBase(detail);
        setValues(fieldsFrom(detail));
        setDone(verifiedOnly ? 'verified' : 'saved');
      },
      onError: showFailure,
    });
  }

  function reload(current: InitiativeDetail) {
    setBase(current);
    setValues((old) => fieldsFrom(current, old));
    setConflict(null);
    onChanged(current);
  }

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('officials.form.title')}</h2>
      <form
        ref={form.formRef}
        className="official-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
        noValidate
      >
        <StatusSelect id={id} error={errorText('status')} control={form.field('status')} />
        <FormField
          id={`${id}-progress`}
          label={t('officials.form.progress')}
          hint={t('officials.form.progressHint')}
          error={errorText('progress')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              {...form.field('progress')}
            />
          )}
        </FormField>
        {base.kind === 'legislation' && (
          <StageSelect id={id} error={errorText('legislativeStage')} control={form.field('legislativeStage')} />
        )}
        <FormField id={`${id}-target`} label={t('initiative.targetDate')} error={errorText('targetDate')}>
          {(control) => (
            <input {...control} type="date" min={earliestPlanDay} max={latestPlanDay} {...form.field('targetDate')} />
          )}
        </FormField>
        <FormField
          id={`${id}-note`}
          label={t('officials.form.note')}
          hint={t('officials.form.noteHint')}
          error={errorText('note')}
          limit={{ max: 2000, value: form.values.note }}
        >
          {(control) => <textarea {...control} required maxLength={2000} {...form.field('note')} />}
        </FormField>
        <FormField
          id={`${id}-evidence`}
          label={t('officials.form.evidence')}
          hint={t('officials.form.evidenceHint')}
          error={errorText('evidenceUrl')}
        >
          {(control) => <input {...control} type="url" inputMode="url" {...form.field('evidenceUrl')} />}
        </FormField>
        {conflict && (
          <ConflictAlert
            message={t('officials.form.conflict')}
            current={
              <>
                <StatusBadge status={conflict.status} /> {formatPercent(conflict.progress, lang)}
              </>
            }
            onReload={() => reload(conflict)}
          />
        )}
        <FormFooter
          error={errors.form}
          success={done && t(done === 'saved' ? 'officials.form.saved' : 'officials.form.verifiedDone')}
          submitLabel={t('officials.form.save')}
          pending={update.isPending}
        >
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={update.isPending}
            onClick={() => submit(true)}
          >
            {t('officials.form.verify')}
          </button>
        </FormFooter>
      </form>
    </section>
  );
}
