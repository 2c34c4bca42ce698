import { kinds, statuses } from '@civic/shared';

const ruWords = (
  'развитие местного самоуправления маслихат депутаты освобождённые работа населением ' +
  'общественный совет независимость выездные заседания социальные сети молодёжь лифты ' +
  'ассамблея народа Казахстана культурные центры законопроект поправки обсуждение рекомендации ' +
  'правительство сенат секретарь статус бюджет область район сельский округ аким ' +
  'инициатива граждан прозрачность отчёт мониторинг исполнение качество услуг ' +
  'цифровизация доступность образование здравоохранение инфраструктура дороги ' +
  'водоснабжение поддержка предпринимательства занятость жилищное строительство'
).split(' ');

const enWords = (
  'development of local self-government maslikhat deputies full-time work with residents ' +
  'public council independence off-site sessions social media youth lifts assembly ' +
  'cultural centres draft law amendments discussion recommendations government senate ' +
  'secretary status budget region district rural county akim citizens initiative ' +
  'transparency report monitoring delivery service quality digital access education ' +
  'health infrastructure roads water supply business support employment housing'
).split(' ');

export const regions = ['Актюбинская область', 'Алматы', 'Астана', 'Карагандинская область', 'Туркестанская область'];

export function createTextSource(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const phrase = (words: readonly string[], min: number, max: number) => {
    const count = min + Math.floor(random() * (max - min + 1));
    const parts = Array.from({ length: count }, () => pick(words));
    const first = parts[0] ?? '';
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return parts.join(' ');
  };
  return {
    pick,
    int: (max: number) => Math.floor(random() * max),
    titleRu: () => phrase(ruWords, 5, 9),
    titleEn: () => phrase(enWords, 5, 9),
    summaryRu: () => `${phrase(ruWords, 12, 22)}.`,
    summaryEn: () => `${phrase(enWords, 12, 22)}.`,
    kind: () => pick(kinds),
    status: () => pick(statuses),
  };
}
