import { initiativeSheetColumns } from '@civic/shared';

/** The columns the import reads, each matched by its key or by its header in Russian, Kazakh or English. */
export const readColumns = {
  id: ['id', 'Идентификатор', 'Сәйкестендіргіш', 'ID'],
  version: ['version', 'Версия', 'Нұсқа', 'Version'],
  status: ['status', 'Статус', 'Мәртебе', 'Status'],
  progress: ['progress', 'Прогресс', 'Орындалу', 'Progress'],
  legislative_stage: ['legislative_stage', 'Стадия', 'Заң жобасының кезеңі', 'Legislative stage'],
  target_date: ['target_date', 'Срок', 'Мерзімі', 'Target date'],
  note: ['note', 'Примечание', 'Ескертпе', 'Note'],
  evidence_url: ['evidence_url', 'Ссылка на подтверждение', 'Дәлел сілтемесі', 'Evidence URL'],
} as const;
export type ReadColumn = keyof typeof readColumns;

const normal = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const byName = new Map<string, ReadColumn>(
  Object.entries(readColumns).flatMap(([key, names]) => names.map((name) => [normal(name), key as ReadColumn])),
);
const exportedOnly = new Set<string>(initiativeSheetColumns);

/**
 * Where each read column stands (0-based), the header cells matched to nothing the import reads
 * (other export columns such as title count as read-only and are not listed) and the required
 * columns that are missing (`id`, `version`).
 */
export function matchColumns(header: readonly string[]) {
  const at: Partial<Record<ReadColumn, number>> = {};
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const key = byName.get(normal(cell));
    if (key && at[key] === undefined) at[key] = index;
    else if (normal(cell) !== '' && !exportedOnly.has(normal(cell))) ignored.push(cell);
  });
  const missing = (['id', 'version'] as const).filter((key) => at[key] === undefined);
  return { at, ignored, missing };
}
