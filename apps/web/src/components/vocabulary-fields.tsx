import { kinds, legislativeStages, statuses } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { FormField } from './form-field.tsx';

export interface VocabularyFieldProps {
  /** Prefix of the control's id (the form's useId); the control is `${id}-status`, `${id}-kind` or `${id}-stage`. */
  id: string;
  error: string | undefined;
  /** The form's value and change handler of the field (useSchemaForm's `field(...)`). */
  control: { name: string; value: string; onChange: (event: { target: { value: string } }) => void };
}

/** The legislative stage of a bill, or "not set": one select for every form that records it. */
export function StageSelect({ id, error, control }: VocabularyFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={`${id}-stage`} label={t('stage.label')} error={error}>
      {(props) => (
        <select {...props} {...control}>
          <option value="">{t('common.notSet')}</option>
          {legislativeStages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The status, from the shared list in its order. */
export function StatusSelect({ id, error, control }: VocabularyFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={`${id}-status`} label={t('status.label')} error={error}>
      {(props) => (
        <select {...props} {...control}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The kind of initiative, from the shared list in its order. */
export function KindSelect({ id, error, control }: VocabularyFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={`${id}-kind`} label={t('kind.label')} error={error}>
      {(props) => (
        <select {...props} {...control}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
