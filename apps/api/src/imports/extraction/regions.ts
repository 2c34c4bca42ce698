import { phraseTest, type StemTest, stemTest } from './stems.ts';
import { findPhrase, type Token } from './text.ts';

/** A region or city of republican significance of Kazakhstan, as the rules find it in Russian text. */
export interface Region {
  /** Prefix of owner ids of its bodies: `aktobe` → `aktobe-maslikhat`. */
  id: string;
  name: { ru: string; en: string };
  /** Stem of its adjective ("Актюбинской" → `актюбинск*`) or of the city's name, as a stem pattern. */
  stem: string;
  city?: boolean;
}

const oblast = (id: string, ru: string, en: string, stem: string): Region => ({
  id,
  name: { ru: `${ru} область`, en: `${en} Region` },
  stem,
});

/** The 17 regions and 3 cities of republican significance (administrative division as of 2022). */
export const regions: Region[] = [
  oblast('abai', 'Абайская', 'Abai', 'абайск*'),
  oblast('akmola', 'Акмолинская', 'Akmola', 'акмолинск*'),
  oblast('aktobe', 'Актюбинская', 'Aktobe', 'актюбинск*'),
  oblast('almaty-region', 'Алматинская', 'Almaty', 'алматинск*'),
  oblast('atyrau', 'Атырауская', 'Atyrau', 'атырауск*'),
  oblast('east-kazakhstan', 'Восточно-Казахстанская', 'East Kazakhstan', 'восточно-казахстанск*'),
  oblast('zhambyl', 'Жамбылская', 'Zhambyl', 'жамбылск*'),
  oblast('zhetysu', 'Жетысуская', 'Zhetysu', 'жетысуск*'),
  oblast('west-kazakhstan', 'Западно-Казахстанская', 'West Kazakhstan', 'западно-казахстанск*'),
  oblast('karaganda', 'Карагандинская', 'Karaganda', 'карагандинск*'),
  oblast('kostanay', 'Костанайская', 'Kostanay', 'костанайск*'),
  oblast('kyzylorda', 'Кызылординская', 'Kyzylorda', 'кызылординск*'),
  oblast('mangystau', 'Мангистауская', 'Mangystau', 'мангистауск*'),
  oblast('pavlodar', 'Павлодарская', 'Pavlodar', 'павлодарск*'),
  oblast('north-kazakhstan', 'Северо-Казахстанская', 'North Kazakhstan', 'северо-казахстанск*'),
  oblast('turkestan', 'Туркестанская', 'Turkestan', 'туркестанск*'),
  oblast('ulytau', 'Улытауская', 'Ulytau', 'улытауск*'),
  { id: 'astana', name: { ru: 'Астана', en: 'Astana' }, stem: 'астан', city: true },
  { id: 'almaty', name: { ru: 'Алматы', en: 'Almaty' }, stem: 'алматы', city: true },
  { id: 'shymkent', name: { ru: 'Шымкент', en: 'Shymkent' }, stem: 'шымкент', city: true },
];

/** A region named in the text: "Актюбинской области", "Актюбинскую область", "в Астане". */
export interface RegionMention {
  region: Region;
  /** First and last token index of the mention. */
  first: number;
  last: number;
}

const compiled: Array<{ region: Region; phrase: StemTest[]; adjective: StemTest }> = regions.map((region) => ({
  region,
  phrase: phraseTest(region.city ? region.stem : `${region.stem} област`),
  adjective: stemTest(region.stem),
}));

export function findRegions(tokens: readonly Token[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const { region, phrase } of compiled) {
    for (let at = findPhrase(tokens, phrase); at !== -1; at = findPhrase(tokens, phrase, at + 1)) {
      found.push({ region, first: at, last: at + phrase.length - 1 });
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
