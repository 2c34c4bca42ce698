import type { CreateInitiativeInput } from '@civic/shared/schemas';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { createInitiativeInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useCreateInitiative } from '../api/create-initiative.ts';
import { useOwnerChoices, useParentChoices } from '../api/get-choices.ts';
import { useSources, useSourceText } from '../api/get-sources.ts';
import {
  type CreateFields,
  checkCreate,
  createErrors,
  emptyCreateFields,
  toCreateInput,
} from '../create-initiative-model.ts';
import { quotableSentences } from '../quotable-sentences.ts';
import '../initiative-edit.css';
import { DescriptiveFields } from './descriptive-fields.tsx';

export interface CreateInitiativeFormProps {
  /** After the initiative is added: lists and figures are read again. */
  onCreated: () => void;
}

/** An admin adds an initiative: its descriptive fields and the sentence of a source it quotes verbatim. */
export function CreateInitiativeForm({ onCreated }: CreateInitiativeFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const form = useSchemaForm<CreateFields, CreateInitiativeInput>({
    initial: emptyCreateFields,
    schema: createInitiativeInputSchema,
  });
  const { values, errors, setErrors, setValues } = form;
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const owners = useOwnerChoices().data ?? [];
  const parents = useParentChoices().data ?? [];
  const sources = useSources().data?.items ?? [];
  const documentText = useSourceText(values['source.documentId']).data?.text ?? '';
  const sentences = useMemo(() => quotableSentences(documentText), [documentText]);
  const create = useCreateInitiative(onCreated);

  const errorText = (field: keyof CreateFields) => (errors[field] ? t(`initiativeCreate.errors.${field}`) : undefined);

  function submit() {
    setCreated(null);
    const checked = checkCreate(toCreateInput(values));
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.input, {
      onSuccess: (detail) => {
        setCreated({ id: detail.id, title: pickText(detail.title, lang).text });
        setValues(emptyCreateFields);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return setErrors({ form: t('officials.errors.failed') });
        if (error.status === 409) return setErrors({ id: 'taken' });
        if (error.status === 400 && error.problem?.errors) return setErrors(createErrors(error.problem.errors));
        if (error.status === 401 || error.status === 403) return setErrors({ form: t('officials.errors.session') });
        setErrors({ form: t('officials.errors.failed') });
      },
    });
  }

  return (
    <section className="card official-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('initiativeCreate.title')}</h2>
      <form
        ref={form.formRef}
        className="official-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {errors.form && (
          <p className="form-alert" role="alert">
            {errors.form}
          </p>
        )}
        {created && (
          <p className="form-success" role="status">
            {t('initiativeCreate.created')} <Link to={`/initiatives/${created.id}`}>{created.title}</Link>
          </p>
        )}
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
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('initiativeCreate.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
