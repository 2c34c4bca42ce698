import type { Language, Status } from './terms.ts';

/**
 * Names of the statuses in each language: the pages, the CSV files and the Atom feeds all print these.
 * Kazakh uses the finite verb throughout (Ұсынылды, Қаралуда…), as Russian uses the short participle
 * (Предложено, На рассмотрении…); "Кері қайтарып алынды" and "Тоқтатыла тұрды" are the terms Kazakh
 * legislation uses for a withdrawn bill and a suspension.
 */
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
    proposed: 'Ұсынылды',
    in_progress: 'Орындалуда',
    under_review: 'Қаралуда',
    adopted: 'Қабылданды',
    completed: 'Орындалды',
    stalled: 'Тоқтатыла тұрды',
    withdrawn: 'Кері қайтарып алынды',
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
