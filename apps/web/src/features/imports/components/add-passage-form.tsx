import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';

export interface AddPassageFormProps {
  /** The element holding the imported text: a selection inside it is the passage. */
  textId: string;
  lang: string;
  onAdd: (quote: string) => void;
}

/** The selection in the text, if the official made one there. */
function selectedIn(textId: string): string {
  const selection = window.getSelection();
  const container = document.getElementById(textId);
  if (!selection || selection.isCollapsed || !container) return '';
  const range = selection.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? selection.toString() : '';
}

/** A passage the rules missed, selected in the text or typed, added as a new initiative to review. */
export function AddPassageForm({ textId, lang, onAdd }: AddPassageFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [quote, setQuote] = useState('');
  const [missing, setMissing] = useState(false);

  return (
    <form
      className="card official-form add-passage"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const passage = selectedIn(textId) || quote;
        if (!passage.trim()) {
          event.currentTarget.querySelector('textarea')?.focus();
          return setMissing(true);
        }
        setMissing(false);
        setQuote('');
        window.getSelection()?.removeAllRanges();
        onAdd(passage);
      }}
    >
      <h3 id={`${id}-heading`}>{t('imports.add.title')}</h3>
      <FormField
        id={`${id}-quote`}
        label={t('imports.add.quote')}
        hint={t('imports.add.hint')}
        error={missing ? t('imports.add.missing') : undefined}
      >
        {(control) => (
          <textarea {...control} lang={lang} value={quote} onChange={(event) => setQuote(event.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('imports.add.submit')}
        </button>
      </div>
    </form>
  );
}
