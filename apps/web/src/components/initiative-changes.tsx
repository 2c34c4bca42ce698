import type { InitiativeDetail } from '@civic/shared/schemas';
import { type HistoryField, historyFieldLabels, historyValueText } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/i18n.ts';
import { pickText } from '../lib/pick-text.ts';
import { movedOnServer } from '../lib/stale-edit.ts';

/** An initiative's public fields as text, named as the history names them. */
export function initiativeFields(initiative: InitiativeDetail): Partial<Record<HistoryField, string>> {
  return {
    status: initiative.status,
    progress: String(initiative.progress),
    legislativeStage: initiative.legislativeStage ?? '',
    targetDate: initiative.targetDate ?? '',
    'title.ru': initiative.title.ru,
    'title.kk': initiative.title.kk ?? '',
    'title.en': initiative.title.en,
    'summary.ru': initiative.summary.ru,
    'summary.kk': initiative.summary.kk ?? '',
    'summary.en': initiative.summary.en,
    ownerId: initiative.owner.id,
    kind: initiative.kind,
    region: initiative.region,
    parentId: initiative.parentId ?? '',
  };
}

/**
 * "Now:" on a 409: each field another change moved since the official loaded the initiative (`seen`),
 * with its new value from the problem's `current`, and what loading the current version keeps.
 */
export function InitiativeChanges({ seen, current }: { seen: InitiativeDetail; current: InitiativeDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = initiativeFields(current) as Record<HistoryField, string>;
  const moved = movedOnServer(initiativeFields(seen) as Record<HistoryField, string>, now);
  if (moved.length === 0) return <>{t('officials.form.conflictNoField')}</>;
  const owner = () => pickText(current.owner.name, lang).text;
  const value = (field: HistoryField) => {
    if (field === 'parentId') return current.parent ? pickText(current.parent.title, lang).text : '—';
    if (field === 'progress') return historyValueText(field, current.progress, lang);
    return historyValueText(field, now[field], lang, { owner });
  };
  return (
    <>
      <ul className="conflict-fields">
        {moved.map((field) => (
          <li key={field}>
            {historyFieldLabels[lang][field]}: {value(field)}
          </li>
        ))}
      </ul>
      <span className="field-hint">{t('officials.form.reloadKeeps')}</span>
    </>
  );
}
