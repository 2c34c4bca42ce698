import type { CreateInitiativeInput } from '@civic/shared/schemas';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOwners } from '../../../lib/owners.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { createInitiativeInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
import { useCreateInitiative } from '../api/create-initiative.ts';
import { useParentChoices } from '../api/get-choices.ts';
import { useSources, useSourceText } from '../api/get-sources.ts';
import { type CreateFields, createErrors, emptyCreateFields, toCreateInput } from '../create-initiative-model.ts';
import { quotableSentences } from '../quotable-sentences.ts';
import '../initiative-edit.css';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { DescriptiveFields } from './descriptive-fields.tsx';

export interface CreateInitiativeFormProps {
  /** After the initiative is added: lists and figures are read again. */
  onCreated: () => void;
}

/** An admin adds an initiative: its descriptive fields and the sentence of a source it quotes verbatim. */
export function CreateInitiativeForm({ onCreated }: CreateInitiativeFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const lang = useLanguage();
  const id = useId();
  const form = useSchemaForm<CreateFields, CreateInitiativeInput>({
    initial: emptyCreateFields,
    schema: createInitiativeInputSchema,
    toCandidate: toCreateInput,
    errorsFrom: createErrors,
  });
  const { values, errors, setErrors, setValues } = form;
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const owners = useOwners().data ?? [];
  const parents = useParentChoices().data ?? [];
  const sources = useSources().data?.items ?? [];
  const documentText = useSourceText(values['source.documentId']).data?.text ?? '';
  const sentences = useMemo(() => quotableSentences(documentText), [documentText]);
  const create = useCreateInitiative(onCreated);
  // A 409 on a create: another initiative has this identifier already.
  const showFailure = useWriteFailure(form, { onTaken: () => setErrors({ id: 'taken' }) });

  const errorText = (field: keyof CreateFields) => fieldErrorText(errors[field], `initiativeCreate.errors.${field}`);

  const submit = form.handleSubmit(
    (input) =>
      create.mutate(input, {
        onSuccess: (detail) => {
          setCreated({ id: detail.id, title: pickText(detail.title, lang).text });
          setValues(emptyCreateFields);
        },
        onError: showFailure,
      }),
    () => setCreated(null),
  );

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiativeCreate.title')}</h2>
      <form ref={form.formRef} className="official-form" noValidate onSubmit={submit}>
        <FormField
          id={`${id}-id`}
          label={t('initiativeCreate.fields.id')}
          hint={t('initiativeCreate.idHint')}
          error={errors.id === 'taken' ? t('initiativeCreate.errors.idTaken') : errorText('id')}
        >
          {(props) => (
            <input {...props} autoCapitalize="none" spellCheck={false} maxLength={80} {...form.field('id')} />
          )}
        </FormField>
        <DescriptiveFields
          id={id}
          field={form.field}
          errorText={errorText}
          owners={owners}
          parents={parents}
          chooseOwner={t('initiativeCreate.choose')}
        />
        <FormField
          id={`${id}-document`}
          label={t('initiativeCreate.fields.document')}
          error={errorText('source.documentId')}
        >
          {(props) => (
            <select
              {...props}
              {...form.field('source.documentId')}
              onChange={(event) =>
                setValues((current) => ({ ...current, 'source.documentId': event.target.value, 'source.quote': '' }))
              }
            >
              <option value="">{t('initiativeCreate.choose')}</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {pickText(source.title, lang).text}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-quote`}
          label={t('initiativeCreate.fields.quote')}
          hint={t('initiativeCreate.quoteHint')}
          error={errorText('source.quote')}
        >
          {(props) => (
            <select
              {...props}
              className="quote-select"
              disabled={sentences.length === 0}
              {...form.field('source.quote')}
            >
              <option value="">{t('initiativeCreate.chooseSentence')}</option>
              {sentences.map((sentence) => (
                <option key={sentence} value={sentence}>
                  {sentence}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values['source.quote'] && <blockquote className="quote-preview">{values['source.quote']}</blockquote>}
        <FormFooter
          error={errors.form}
          success={
            created && (
              <>
                {t('initiativeCreate.created')} <Link to={`/initiatives/${created.id}`}>{created.title}</Link>
              </>
            )
          }
          submitLabel={t('initiativeCreate.submit')}
          pending={create.isPending}
        />
      </form>
    </section>
  );
}
