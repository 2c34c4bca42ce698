import type { DetailsChangeInput, InitiativeDetail } from '@civic/shared/schemas';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { InitiativeChanges } from '../../../components/initiative-changes.tsx';
import { useOwners } from '../../../lib/owners.ts';
import { detailsChangeInputSchema } from '../../../lib/schemas.ts';
import { keepOwnEdits } from '../../../lib/stale-edit.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
import { useEditDetails } from '../api/edit-details.ts';
import { useParentChoices } from '../api/get-choices.ts';
import '../initiative-edit.css';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import {
  type DetailsField,
  type DetailsFields,
  detailsErrors,
  detailsFrom,
  nothingChanged,
  toDetailsChange,
} from '../details-form-model.ts';
import { DescriptiveFields } from './descriptive-fields.tsx';

export interface DetailsFormProps {
  initiative: InitiativeDetail;
  onChanged: (detail: InitiativeDetail) => void;
}

/** An official's edit of title, summary, owner, kind, region and parent; the source quote stays as the source has it. */
export function DetailsForm({ initiative, onChanged }: DetailsFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const [base, setBase] = useState(initiative);
  const form = useSchemaForm<DetailsFields, DetailsChangeInput>({
    initial: () => detailsFrom(initiative),
    schema: detailsChangeInputSchema,
    // Only what moved from the version the official opened is sent.
    toCandidate: (values) => toDetailsChange(base, values),
    errorsFrom: detailsErrors,
  });
  const { errors, setValues } = form;
  const [conflict, setConflict] = useState<InitiativeDetail | null>(null);
  const [saved, setSaved] = useState(false);
  const owners = useOwners().data ?? [initiative.owner];
  const parents = (useParentChoices().data ?? []).filter((choice) => choice.id !== initiative.id);
  const edit = useEditDetails(initiative.id, onChanged);
  const showFailure = useWriteFailure<InitiativeDetail>(form, { onConflict: setConflict });

  // The page reloaded the initiative after another of this official's edits: carry on from that version.
  useEffect(() => {
    if (initiative.version <= base.version) return;
    setBase(initiative);
    setValues((current) => ({ ...detailsFrom(initiative), note: current.note }));
  }, [initiative, base, setValues]);

  const errorText = (field: DetailsField) => fieldErrorText(errors[field], `initiativeEdit.errors.${field}`);

  const submit = form.handleSubmit(
    (input) =>
      edit.mutate(input, {
        onSuccess: (detail) => {
          setBase(detail);
          setValues(detailsFrom(detail));
          setSaved(true);
        },
        onError: showFailure,
      }),
    () => {
      setSaved(false);
      setConflict(null);
    },
  );

  function reload(current: InitiativeDetail) {
    setValues((typed) => keepOwnEdits(detailsFrom(base), detailsFrom(current), typed));
    setBase(current);
    setConflict(null);
    onChanged(current);
  }

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiativeEdit.title')}</h2>
      <p className="field-hint">{t('initiativeEdit.intro')}</p>
      <form ref={form.formRef} className="official-form" onSubmit={submit} noValidate>
        {conflict && (
          <ConflictAlert
            message={t('initiativeEdit.conflict')}
            current={<InitiativeChanges seen={base} current={conflict} />}
            onReload={() => reload(conflict)}
          />
        )}
        <DescriptiveFields id={id} field={form.field} errorText={errorText} owners={owners} parents={parents} />
        <FormField
          id={`${id}-note`}
          label={t('officials.form.note')}
          hint={t('initiativeEdit.noteHint')}
          error={errorText('note')}
          limit={{ max: 2000, value: form.values.note }}
        >
          {(props) => <textarea {...props} required maxLength={2000} {...form.field('note')} />}
        </FormField>
        <FormFooter
          error={errors.form === nothingChanged ? t('initiativeEdit.errors.nothing') : errors.form}
          success={saved && t('initiativeEdit.saved')}
          submitLabel={t('initiativeEdit.save')}
          pending={edit.isPending}
        />
      </form>
    </section>
  );
}
