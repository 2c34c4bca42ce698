import { kindLabels, percentText, stageLabels } from './labels.ts';
import { statusLabels } from './status-labels.ts';
import type { HistoryField, HistoryFieldChange, HistoryKind, Language } from './terms.ts';
import { isKind, isLegislativeStage, isStatus } from './terms.ts';

/**
 * Names of the kinds of history entry in each language: the timeline, the CSV files and the Atom feeds print these.
 * A field_change (progress, stage or target date moved through the status update, the status standing) is named
 * as an update of the work, never in words that could be read as an edit of the description (details_change).
 */
export const historyKindLabels: Record<Language, Record<HistoryKind, string>> = {
  ru: {
    created: 'Добавлено в реестр',
    from_source: 'Внесено по тексту источника',
    status_change: 'Смена статуса',
    field_change: 'Обновление хода работы',
    verified: 'Проверено, без изменений',
    rollup: 'Прогресс по вложенным инициативам',
    follow_children: 'Прогресс снова по вложенным инициативам',
    details_change: 'Изменение описания',
    milestone_added: 'Добавлен этап',
    milestone_changed: 'Изменён этап',
    milestone_completed: 'Этап выполнен',
    milestone_removed: 'Этап удалён',
  },
  kk: {
    created: 'Тізілімге енгізілді',
    from_source: 'Дереккөз мәтіні бойынша енгізілді',
    status_change: 'Мәртебе өзгерді',
    field_change: 'Жұмыс барысы жаңартылды',
    verified: 'Тексерілді, өзгеріс жоқ',
    rollup: 'Ішкі бастамалар бойынша прогресс',
    follow_children: 'Прогресс қайтадан ішкі бастамалар бойынша',
    details_change: 'Сипаттама өзгерді',
    milestone_added: 'Кезең қосылды',
    milestone_changed: 'Кезең өзгерді',
    milestone_completed: 'Кезең орындалды',
    milestone_removed: 'Кезең жойылды',
  },
  en: {
    created: 'Added to the register',
    from_source: 'Recorded from the source text',
    status_change: 'Status change',
    field_change: 'Progress update',
    verified: 'Verified, no change',
    rollup: 'Progress follows the child initiatives',
    follow_children: 'Progress follows the child initiatives again',
    details_change: 'Description edited',
    milestone_added: 'Milestone added',
    milestone_changed: 'Milestone changed',
    milestone_completed: 'Milestone completed',
    milestone_removed: 'Milestone removed',
  },
};

/** Names of the fields a history entry changes, in each language. */
export const historyFieldLabels: Record<Language, Record<HistoryField, string>> = {
  ru: {
    status: 'Статус',
    progress: 'Прогресс',
    legislativeStage: 'Стадия',
    targetDate: 'Целевой срок',
    'title.ru': 'Название (рус.)',
    'title.kk': 'Название (каз.)',
    'title.en': 'Название (англ.)',
    'summary.ru': 'Описание (рус.)',
    'summary.kk': 'Описание (каз.)',
    'summary.en': 'Описание (англ.)',
    ownerId: 'Ответственный',
    kind: 'Тип',
    region: 'Регион',
    parentId: 'Родительская инициатива',
    'milestone.title': 'Название этапа',
    'milestone.dueDate': 'Срок этапа',
    'milestone.completedOn': 'Дата выполнения этапа',
  },
  kk: {
    status: 'Мәртебе',
    progress: 'Прогресс',
    legislativeStage: 'Кезеңі',
    targetDate: 'Мақсатты мерзім',
    'title.ru': 'Атауы (орысша)',
    'title.kk': 'Атауы (қазақша)',
    'title.en': 'Атауы (ағылшынша)',
    'summary.ru': 'Сипаттамасы (орысша)',
    'summary.kk': 'Сипаттамасы (қазақша)',
    'summary.en': 'Сипаттамасы (ағылшынша)',
    ownerId: 'Жауапты',
    kind: 'Түрі',
    region: 'Өңір',
    parentId: 'Жоғары тұрған бастама',
    'milestone.title': 'Кезең атауы',
    'milestone.dueDate': 'Кезең мерзімі',
    'milestone.completedOn': 'Кезеңнің орындалған күні',
  },
  en: {
    status: 'Status',
    progress: 'Progress',
    legislativeStage: 'Legislative stage',
    targetDate: 'Target date',
    'title.ru': 'Title (Russian)',
    'title.kk': 'Title (Kazakh)',
    'title.en': 'Title (English)',
    'summary.ru': 'Summary (Russian)',
    'summary.kk': 'Summary (Kazakh)',
    'summary.en': 'Summary (English)',
    ownerId: 'Owner',
    kind: 'Kind',
    region: 'Region',
    parentId: 'Parent initiative',
    'milestone.title': 'Milestone title',
    'milestone.dueDate': 'Milestone due date',
    'milestone.completedOn': 'Milestone completed on',
  },
};

export const historyKindLabel = (kind: HistoryKind, lang: Language): string => historyKindLabels[lang][kind];

/**
 * Names for the values a change may hold: `owner(id)` is a responsible body's name in the reader's
 * language (GET /api/owners), undefined for an id it does not know, which then prints as itself;
 * `day(YYYY-MM-DD)` is a date as the reader's page prints it (without it, the CSV files and feeds
 * keep the ISO day).
 */
export interface HistoryNames {
  owner?: (id: string) => string | undefined;
  day?: (day: string) => string;
}

/** The fields whose values are local days (YYYY-MM-DD). */
const dayFields: ReadonlySet<HistoryField> = new Set(['targetDate', 'milestone.dueDate', 'milestone.completedOn']);

/** A change's value as a reader sees it: status, stage and kind by their label, an owner by its name, progress with %, none as "—". */
export function historyValueText(
  field: HistoryField,
  value: string | number | null,
  lang: Language,
  names: HistoryNames = {},
): string {
  if (value === null || value === '') return '—';
  if (field === 'status' && isStatus(value)) return statusLabels[lang][value];
  if (field === 'legislativeStage' && isLegislativeStage(value)) return stageLabels[lang][value];
  if (field === 'kind' && isKind(value)) return kindLabels[lang][value];
  if (field === 'ownerId') return names.owner?.(String(value)) ?? String(value);
  if (field === 'progress') return percentText(value, lang);
  if (dayFields.has(field) && names.day) return names.day(String(value));
  return String(value);
}

/** One change as text, "Target date: 2027-01-01 → 2027-06-30", as the page, the CSV files and feeds print it. */
export const historyChangeText = (change: HistoryFieldChange, lang: Language, names: HistoryNames = {}): string =>
  `${historyFieldLabels[lang][change.field]}: ${historyValueText(change.field, change.from, lang, names)} → ${historyValueText(change.field, change.to, lang, names)}`;
