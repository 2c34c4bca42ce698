import type { AssessmentInput, InitiativeDetail } from '@civic/shared/schemas';
import { ratings } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { InitiativeChanges } from '../../../components/initiative-changes.tsx';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { todayIn } from '../../../lib/format.ts';
import { assessmentInputSchema, earliestPlanDay } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
import { useAddAssessment } from '../api/add-assessment.ts';
import { type AssessmentFields, emptyAssessment, toAssessmentInput } from '../assessment-form-model.ts';

export interface AssessmentFormProps {
  initiative: InitiativeDetail;
  /** Called after a save or with the current initiative after a conflict; refreshes what shows it. */
  onChanged: (detail?: InitiativeDetail) => void;
}

/** A monitor's independent assessment of one initiative, checked with the schema the API parses with. */
export function AssessmentForm({ initiative, onChanged }: AssessmentFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const today = todayIn();
  const form = useSchemaForm<AssessmentFields, AssessmentInput>({
    initial: () => emptyAssessment(today),
    schema: assessmentInputSchema,
    toCandidate: (values) => toAssessmentInput(values, initiative.version),
  });
  const { errors } = form;
  const [conflict, setConflict] = useState<InitiativeDetail | null>(null);
  const [saved, setSaved] = useState(false);
  const add = useAddAssessment(initiative.id, () => onChanged());
  const showFailure = useWriteFailure<InitiativeDetail>(form, { onConflict: setConflict });
  const errorText = (field: keyof AssessmentFields & string) =>
    fieldErrorText(errors[field], `assessment.errors.${field}`);

  const submit = form.handleSubmit((input) => {
    setSaved(false);
    setConflict(null);
    add.mutate(input, {
      onSuccess: () => {
        form.setValues(emptyAssessment(today));
        setSaved(true);
      },
      onError: showFailure,
    });
  });

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('assessment.form.title')}</h2>
      <form ref={form.formRef} className="official-form" onSubmit={submit} noValidate>
        <FormField id={`${id}-rating`} label={t('assessment.form.rating')} error={errorText('rating')}>
          {(control) => (
            <select {...control} {...form.field('rating')}>
              <option value="">{t('common.notSet')}</option>
              {ratings.map((rating) => (
                <option key={rating} value={rating}>
                  {t(`rating.${rating}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-rationale`}
          label={t('assessment.form.rationale')}
          hint={t('assessment.form.rationaleHint')}
          error={errorText('rationale')}
          limit={{ max: 4000, value: form.values.rationale }}
        >
          {(control) => <textarea {...control} required maxLength={4000} {...form.field('rationale')} />}
        </FormField>
        <FormField
          id={`${id}-evidence`}
          label={t('assessment.form.evidence')}
          hint={t('assessment.form.evidenceHint')}
          error={errorText('evidenceUrls')}
        >
          {(control) => <textarea {...control} rows={3} inputMode="url" {...form.field('evidenceUrls')} />}
        </FormField>
        <FormField id={`${id}-as-of`} label={t('assessment.form.asOf')} error={errorText('asOf')}>
          {(control) => <input {...control} type="date" min={earliestPlanDay} max={today} {...form.field('asOf')} />}
        </FormField>
        {conflict && (
          <ConflictAlert
            message={t('assessment.form.conflict')}
            current={<InitiativeChanges seen={initiative} current={conflict} />}
            onReload={() => {
              setConflict(null);
              onChanged(conflict);
            }}
          />
        )}
        <FormFooter
          error={errors.form}
          success={saved ? t('assessment.form.saved') : null}
          submitLabel={t('assessment.form.save')}
          pending={add.isPending}
        />
      </form>
    </section>
  );
}
