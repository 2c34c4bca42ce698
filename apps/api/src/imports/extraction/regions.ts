import { phraseTest, type StemTest, stemTest } from './stems.ts';
import { findPhrase, type Token } from './text.ts';

/** The administrative centre of a region: a city whose name alone places a text in its region. */
export interface Centre {
  /** The city's name in the nominative, as a place the text states. */
  name: string;
  /**
   * Its name as a stem pattern (`актоб`: Актобе; `тараз`: Тараз, Таразе). A name that is also a common word
   * ("Семей", the genitive of "семья") is a `phrase` after the word город only: "в городе Семей".
   */
  stem: string;
  afterCity?: boolean;
}

/** A region or city of republican significance of Kazakhstan, as the rules find it in Russian text. */
export interface Region {
  /** Prefix of owner ids of its bodies: `aktobe` → `aktobe-maslikhat`. */
  id: string;
  name: { ru: string; en: string };
  /**
   * Its ISO 3166-2:KZ code, the region an initiative of its bodies is recorded under (`KZ-15`): one of the
   * numeric codes of `kzRegions` (@civic/shared regions.ts, which cites their source).
   */
  code: string;
  /** Stem of its adjective ("Актюбинской" → `актюбинск*`) or of the city's name, as a stem pattern. */
  stem: string;
  city?: boolean;
  centre?: Centre;
}

const oblast = (id: string, code: string, ru: string, en: string, stem: string, centre: Centre): Region => ({
  id,
  name: { ru: `${ru} область`, en: `${en} Region` },
  code,
  stem,
  centre,
});

/** The 17 regions with their centres and the 3 cities of republican significance (administrative division as of 2022). */
export const regions: Region[] = [
  oblast('abai', 'KZ-10', 'Абайская', 'Abai', 'абайск*', { name: 'Семей', stem: 'сем', afterCity: true }),
  oblast('akmola', 'KZ-11', 'Акмолинская', 'Akmola', 'акмолинск*', { name: 'Кокшетау', stem: 'кокшета' }),
  oblast('aktobe', 'KZ-15', 'Актюбинская', 'Aktobe', 'актюбинск*', { name: 'Актобе', stem: 'актоб' }),
  oblast('almaty-region', 'KZ-19', 'Алматинская', 'Almaty', 'алматинск*', { name: 'Конаев', stem: 'кона|конаев' }),
  oblast('atyrau', 'KZ-23', 'Атырауская', 'Atyrau', 'атырауск*', { name: 'Атырау', stem: 'атыра' }),
  oblast('east-kazakhstan', 'KZ-63', 'Восточно-Казахстанская', 'East Kazakhstan', 'восточно-казахстанск*', {
    name: 'Усть-Каменогорск',
    stem: 'усть-каменогорск',
  }),
  oblast('zhambyl', 'KZ-31', 'Жамбылская', 'Zhambyl', 'жамбылск*', { name: 'Тараз', stem: 'тараз' }),
  oblast('zhetysu', 'KZ-33', 'Жетысуская', 'Zhetysu', 'жетысуск*', {
    name: 'Талдыкорган',
    stem: 'талдыкорга|талдыкорган',
  }),
  oblast('west-kazakhstan', 'KZ-27', 'Западно-Казахстанская', 'West Kazakhstan', 'западно-казахстанск*', {
    name: 'Уральск',
    stem: 'уральск',
    afterCity: true,
  }),
  oblast('karaganda', 'KZ-35', 'Карагандинская', 'Karaganda', 'карагандинск*', {
    name: 'Караганда',
    stem: 'караганд',
  }),
  oblast('kostanay', 'KZ-39', 'Костанайская', 'Kostanay', 'костанайск*', { name: 'Костанай', stem: 'костана' }),
  oblast('kyzylorda', 'KZ-43', 'Кызылординская', 'Kyzylorda', 'кызылординск*', {
    name: 'Кызылорда',
    stem: 'кызылорд',
  }),
  oblast('mangystau', 'KZ-47', 'Мангистауская', 'Mangystau', 'мангистауск*', { name: 'Актау', stem: 'акта' }),
  oblast('pavlodar', 'KZ-55', 'Павлодарская', 'Pavlodar', 'павлодарск*', { name: 'Павлодар', stem: 'павлодар' }),
  oblast('north-kazakhstan', 'KZ-59', 'Северо-Казахстанская', 'North Kazakhstan', 'северо-казахстанск*', {
    name: 'Петропавловск',
    stem: 'петропавловск',
  }),
  oblast('turkestan', 'KZ-61', 'Туркестанская', 'Turkestan', 'туркестанск*', {
    name: 'Туркестан',
    stem: 'туркеста|туркестан',
  }),
  oblast('ulytau', 'KZ-62', 'Улытауская', 'Ulytau', 'улытауск*', { name: 'Жезказган', stem: 'жезказга|жезказган' }),
  { id: 'astana', name: { ru: 'Астана', en: 'Astana' }, code: 'KZ-71', stem: 'астан', city: true },
  { id: 'almaty', name: { ru: 'Алматы', en: 'Almaty' }, code: 'KZ-75', stem: 'алматы', city: true },
  { id: 'shymkent', name: { ru: 'Шымкент', en: 'Shymkent' }, code: 'KZ-79', stem: 'шымкент', city: true },
];

/** A region named in the text: "Актюбинской области", "Актюбинскую область", "в Астане", "в городе Актобе". */
export interface RegionMention {
  region: Region;
  /** The place as the text names it, in the nominative: the region, or the centre of it the text names. */
  name: string;
  /** First and last token index of the mention. */
  first: number;
  last: number;
}

interface Phrase {
  region: Region;
  name: string;
  phrase: StemTest[];
  /** Tokens of the phrase before the place's own name ("городе" of "в городе Семей"), left out of the mention. */
  lead: number;
}

const compiled: Array<{ region: Region; adjective: StemTest }> = regions.map((region) => ({
  region,
  adjective: stemTest(region.stem),
}));

const phrases: Phrase[] = regions.flatMap((region) => {
  const own = {
    region,
    name: region.name.ru,
    phrase: phraseTest(region.city ? region.stem : `${region.stem} област`),
    lead: 0,
  };
  const { centre } = region;
  if (!centre) return [own];
  const city = centre.afterCity ? `город ${centre.stem}` : centre.stem;
  return [own, { region, name: centre.name, phrase: phraseTest(city), lead: centre.afterCity ? 1 : 0 }];
});

export function findRegions(tokens: readonly Token[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const { region, name, phrase, lead } of phrases) {
    for (let at = findPhrase(tokens, phrase); at !== -1; at = findPhrase(tokens, phrase, at + 1)) {
      found.push({ region, name, first: at + lead, last: at + phrase.length - 1 });
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

/** The region whose adjective stands right before a body's name: "Актюбинского областного маслихата". */
export function regionBefore(tokens: readonly Token[], index: number): Region | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const token = tokens[i];
    const region = token && compiled.find(({ region, adjective }) => !region.city && adjective(token.stem));
    if (region) return region.region;
  }
  return undefined;
}
