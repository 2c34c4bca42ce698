import type { Kind, Language, LegislativeStage } from './terms.ts';

/** Names of the kinds of initiative in each language, as the pages and exports print them. */
export const kindLabels: Record<Language, Record<Kind, string>> = {
  ru: {
    institution: 'Институт',
    recommendation: 'Рекомендация',
    legislation: 'Законодательство',
    practice: 'Практика',
    call_to_action: 'Призыв к действию',
  },
  kk: {
    institution: 'Институт',
    recommendation: 'Ұсыным',
    legislation: 'Заңнама',
    practice: 'Тәжірибе',
    call_to_action: 'Іс-әрекетке шақыру',
  },
  en: {
    institution: 'Institution',
    recommendation: 'Recommendation',
    legislation: 'Legislation',
    practice: 'Practice',
    call_to_action: 'Call to action',
  },
};

/** Names of the legislative stages in each language, as the pages and exports print them. */
export const stageLabels: Record<Language, Record<LegislativeStage, string>> = {
  ru: {
    drafting: 'Разработка',
    public_discussion: 'Общественное обсуждение',
    mazhilis: 'Мажилис',
    senate: 'Сенат',
    signed: 'Подписан',
    in_force: 'Вступил в силу',
  },
  kk: {
    drafting: 'Әзірлеу',
    public_discussion: 'Қоғамдық талқылау',
    mazhilis: 'Мәжіліс',
    senate: 'Сенат',
    signed: 'Қол қойылды',
    in_force: 'Күшіне енді',
  },
  en: {
    drafting: 'Drafting',
    public_discussion: 'Public discussion',
    mazhilis: 'Mazhilis',
    senate: 'Senate',
    signed: 'Signed',
    in_force: 'In force',
  },
};

export const kindLabel = (kind: Kind, lang: Language): string => kindLabels[lang][kind];
export const stageLabel = (stage: LegislativeStage, lang: Language): string => stageLabels[lang][stage];

/** The product's name in each language, as the pages, the Atom feeds and the exports print it. */
export const productNames: Record<Language, string> = {
  ru: 'Гражданский монитор',
  kk: 'Азаматтық монитор',
  en: 'Civic Monitor',
};

/** The title of the Atom feed of every initiative's changes, in each language. */
export const siteFeedTitles: Record<Language, string> = {
  ru: 'Гражданский монитор — изменения статусов',
  kk: 'Азаматтық монитор — мәртебе өзгерістері',
  en: 'Civic Monitor — status changes',
};

/** "3 filters" in each language: Russian and Kazakh count with their own word forms. */
function filterCountText(count: number, lang: Language): string {
  if (lang === 'kk') return `${count} сүзгі`;
  if (lang === 'en') return `${count} ${count === 1 ? 'filter' : 'filters'}`;
  const last = count % 10;
  const lastTwo = count % 100;
  const word =
    last === 1 && lastTwo !== 11
      ? 'фильтр'
      : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)
        ? 'фильтра'
        : 'фильтров';
  return `${count} ${word}`;
}

/**
 * The title of the Atom feed of the initiatives a list's filters pick: the site feed's title, and
 * "— 3 filters" when `filterCount` (listFilterCount, list-params.ts) is above 0.
 */
export const siteFeedTitle = (lang: Language, filterCount: number): string =>
  filterCount > 0 ? `${siteFeedTitles[lang]} — ${filterCountText(filterCount, lang)}` : siteFeedTitles[lang];

/**
 * A percentage as the pages print it (the web's formatPercent): Russian puts a no-break space before
 * the sign ("35 %"), Kazakh and English none ("35%").
 */
export const percentText = (value: number | string, lang: Language): string =>
  `${value}${lang === 'ru' ? '\u00a0' : ''}%`;
