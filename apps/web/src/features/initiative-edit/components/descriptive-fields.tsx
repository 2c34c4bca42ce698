import type { LocalizedText, Owner } from '@civic/shared/schemas';
import type { DescriptiveField } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';
import { OwnerSelect } from '../../../components/owner-select.tsx';
import { KindSelect } from '../../../components/vocabulary-fields.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';

const texts = [
  ['title.ru', 2],
  ['title.kk', 2],
  ['title.en', 2],
  ['summary.ru', 4],
  ['summary.kk', 4],
  ['summary.en', 4],
] as const;

export interface DescriptiveFieldsProps {
  /** Prefix of the controls' ids (the form's useId). */
  id: string;
  /** The form's value and change handler of one control (useSchemaForm's `field`). */
  field: (name: DescriptiveField) => {
    name: string;
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  };
  /** The message under a control, when it has one. */
  errorText: (name: DescriptiveField) => string | undefined;
  owners: Owner[];
  parents: { id: string; title: LocalizedText }[];
  /** The owner list's empty first choice ("choose…"), for a form that starts with none. */
  chooseOwner?: string;
}

/** Title and summary in ru/kk/en, owner, kind, region and parent: one fieldset for creating and for editing. */
export function DescriptiveFields({ id, field, errorText, owners, parents, chooseOwner }: DescriptiveFieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      {texts.map(([name, rows]) => (
        <FormField
          key={name}
          id={`${id}-${name}`}
          label={t(`initiativeEdit.fields.${name}`)}
          error={errorText(name)}
          limit={{ max: 2000, value: field(name).value }}
        >
          {(props) => <textarea {...props} className="text-field" maxLength={2000} rows={rows} {...field(name)} />}
        </FormField>
      ))}
      <OwnerSelect
        id={id}
        error={errorText('ownerId')}
        control={field('ownerId')}
        options={owners.map((owner) => ({ id: owner.id, name: pickText(owner.name, lang).text }))}
        empty={chooseOwner}
      />
      <KindSelect id={id} error={errorText('kind')} control={field('kind')} />
      <FormField
        id={`${id}-region`}
        label={t('initiativeEdit.fields.region')}
        hint={t('initiativeEdit.regionHint')}
        error={errorText('region')}
      >
        {(props) => <input {...props} autoCapitalize="characters" maxLength={6} {...field('region')} />}
      </FormField>
      <FormField id={`${id}-parent`} label={t('initiative.parent')} error={errorText('parentId')}>
        {(props) => (
          <select {...props} {...field('parentId')}>
            <option value="">{t('initiativeEdit.noParent')}</option>
            {parents.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {pickText(choice.title, lang).text}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
