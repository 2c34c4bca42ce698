import type { Language, Status } from './vocabulary.ts';

/** Human names of the statuses, as exports and feeds print them. */
export const statusLabels: Record<Language, Record<Status, string>> = {
  ru: {
    proposed: 'Предложено',
    in_progress: 'В работе',
    under_review: 'На рассмотрении',
    adopted: 'Принято',
    completed: 'Выполнено',
    stalled: 'Приостановлено',
    withdrawn: 'Отозвано',
  },
  kk: {
    proposed: 'Ұсынылған',
    in_progress: 'Орындалуда',
    under_review: 'Қаралуда',
    adopted: 'Қабылданған',
    completed: 'Орындалған',
    stalled: 'Тоқтатылған',
    withdrawn: 'Кері қайтарылған',
  },
  en: {
    proposed: 'Proposed',
    in_progress: 'In progress',
    under_review: 'Under review',
    adopted: 'Adopted',
    completed: 'Completed',
    stalled: 'Stalled',
    withdrawn: 'Withdrawn',
  },
};

export const statusLabel = (status: Status, lang: Language): string => statusLabels[lang][status];
