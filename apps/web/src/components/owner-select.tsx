import { useTranslation } from 'react-i18next';
import { FormField } from './form-field.tsx';
import type { VocabularyFieldProps } from './vocabulary-fields.tsx';

/** Characters of an owner's name that the owner select shows whole in its narrowest column (the initiative page's side). */
const longOwnerName = 30;

export interface OwnerSelectProps extends VocabularyFieldProps {
  /** The bodies to choose from, each by its id and its name as the reader sees it. */
  options: readonly { id: string; name: string }[];
  /** The empty first choice ("choose…", "not set"), for a form that may have none. */
  empty?: string;
}

/**
 * The responsible body: one select for every form that sets it (the control is `${id}-owner`). A select
 * shows one line, cut at its edge: a long chosen name is also written in full on the line under it.
 */
export function OwnerSelect({ id, error, control, options, empty }: OwnerSelectProps) {
  const { t } = useTranslation();
  const chosenName = options.find((option) => option.id === control.value)?.name ?? '';
  const longName = Array.from(chosenName).length > longOwnerName ? chosenName : undefined;
  return (
    <FormField id={`${id}-owner`} label={t('initiative.owner')} hint={longName} error={error}>
      {(props) => (
        <select {...props} {...control}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
