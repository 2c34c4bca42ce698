import { type Region, regionBefore, regions } from './regions.ts';
import { phraseTest } from './stems.ts';
import { phraseIndex, type Token } from './text.ts';

/**
 * A state body the rules recognise in any grammatical case. A regional body (`regional: true`) gets
 * the owner id `<region id>-<id>` when its region is known ("Актюбинский областной маслихат" →
 * `aktobe-maslikhat`) and `generic` otherwise, or when the text names it in the plural ("маслихаты").
 */
export interface BodyEntry {
  id: string;
  name: { ru: string; en: string };
  /** Phrases of stem patterns (see stems.ts), any of which names the body. */
  patterns: string[];
  regional?: boolean;
  generic?: string;
}

const ministry = (id: string, ru: string, en: string, pattern: string): BodyEntry => ({
  id: `ministry-of-${id}`,
  name: { ru: `Министерство ${ru}`, en: `Ministry of ${en}` },
  patterns: [`министерств* ${pattern}`],
});

/** Bodies of the Republic of Kazakhstan the rules know; `createGazetteer` adds more. */
export const bodies: BodyEntry[] = [
  {
    id: 'senate-council',
    name: {
      ru: 'Совет по взаимодействию с местными представительными органами при Сенате',
      en: 'Senate Council for Interaction with Local Representative Bodies',
    },
    patterns: ['совет* по взаимодейств* с местн* представительн* орган*'],
  },
  { id: 'senate', name: { ru: 'Сенат Парламента Республики Казахстан', en: 'Senate' }, patterns: ['сенат'] },
  { id: 'mazhilis', name: { ru: 'Мажилис Парламента Республики Казахстан', en: 'Mazhilis' }, patterns: ['мажилис*'] },
  { id: 'parliament', name: { ru: 'Парламент Республики Казахстан', en: 'Parliament' }, patterns: ['парламент*'] },
  {
    id: 'government',
    name: { ru: 'Правительство Республики Казахстан', en: 'Government' },
    patterns: ['правительств*'],
  },
  {
    id: 'president',
    name: { ru: 'Президент Республики Казахстан', en: 'President of Kazakhstan' },
    patterns: ['президент*', 'глав* государств*'],
  },
  {
    id: 'assembly-of-people',
    name: { ru: 'Ассамблея народа Казахстана', en: 'Assembly of People of Kazakhstan' },
    patterns: ['ассамбл* народ* казахста*'],
  },
  {
    id: 'public-council',
    name: { ru: 'Общественный совет', en: 'Public Council' },
    patterns: ['обществен* совет*'],
    regional: true,
    generic: 'public-councils',
  },
  {
    id: 'regional-assembly',
    name: { ru: 'Региональная ассамблея', en: 'Regional Assembly' },
    patterns: ['региональн* ассамбл*', 'ассамбл* народ* казахста* област*'],
    regional: true,
    generic: 'regional-assemblies',
  },
  {
    id: 'cultural-centres',
    name: { ru: 'Национальные культурные центры', en: 'National cultural centres' },
    patterns: ['культурн* центр*', 'этнокультурн* объединен*', 'этнокультурн* центр*'],
    regional: true,
    generic: 'cultural-centres',
  },
  {
    id: 'maslikhat',
    name: { ru: 'Маслихат', en: 'Maslikhat' },
    patterns: ['маслихат*'],
    regional: true,
    generic: 'maslikhats',
  },
  {
    id: 'akimat',
    name: { ru: 'Акимат', en: 'Akimat' },
    patterns: ['акимат*', 'аким'],
    regional: true,
    generic: 'akimats',
  },
  ministry('national-economy', 'национальной экономики', 'National Economy', 'национальн* экономик*'),
  ministry('finance', 'финансов', 'Finance', 'финанс*'),
  ministry('education', 'просвещения', 'Education', 'просвещен*'),
  ministry('science', 'науки и высшего образования', 'Science and Higher Education', 'наук*'),
  ministry('health', 'здравоохранения', 'Health', 'здравоохранен*'),
  ministry('labour', 'труда и социальной защиты населения', 'Labour and Social Protection', 'труд*'),
  ministry('justice', 'юстиции', 'Justice', 'юстиц*'),
  ministry('internal-affairs', 'внутренних дел', 'Internal Affairs', 'внутрен* дел'),
  ministry('culture', 'культуры и информации', 'Culture and Information', 'культур*'),
  ministry('digital-development', 'цифрового развития', 'Digital Development', 'цифров* развит*'),
  ministry('agriculture', 'сельского хозяйства', 'Agriculture', 'сельск* хозяйств*'),
  ministry('energy', 'энергетики', 'Energy', 'энергетик*'),
  ministry('ecology', 'экологии и природных ресурсов', 'Ecology and Natural Resources', 'эколог*'),
  ministry('industry', 'промышленности и строительства', 'Industry and Construction', 'промышлен*'),
  ministry('transport', 'транспорта', 'Transport', 'транспорт*'),
  ministry('foreign-affairs', 'иностранных дел', 'Foreign Affairs', 'иностра* дел'),
  ministry('water-resources', 'водных ресурсов и ирригации', 'Water Resources and Irrigation', 'водн* ресурс*'),
  ministry('emergencies', 'по чрезвычайным ситуациям', 'Emergency Situations', 'по чрезвычайн*'),
  { id: 'ministries', name: { ru: 'Министерства', en: 'Ministries' }, patterns: ['министерств*'] },
];

/** The region whose body an owner id is (`aktobe-maslikhat` → Aktobe region); undefined for a national or plural one. */
export function regionOfOwner(ownerId: string): Region | undefined {
  return regions.find((region) => bodies.some((body) => body.regional && ownerId === `${region.id}-${body.id}`));
}

/** A body named in the text, resolved to an owner id. */
export interface BodyMention {
  ownerId: string;
  entry: BodyEntry;
  /** First and last token index of the name. */
  first: number;
  last: number;
}

export interface Gazetteer {
  entries: readonly BodyEntry[];
  /** Every body named among the tokens, longest name first where names overlap. */
  find(tokens: readonly Token[], regionOfText: Region | undefined): BodyMention[];
}

const pluralEnding = /(?:ы|ов|ам|ами|ах)$/u;

/** Owner id of a mention: plural or region unknown → generic; else the region's body. */
function ownerOf(entry: BodyEntry, tokens: readonly Token[], first: number, last: number, region?: Region): string {
  if (!entry.regional) return entry.id;
  const head = tokens.slice(first, last + 1).find((token) => /маслихат|акимат/u.test(token.lower));
  const own = regionBefore(tokens, first) ?? region;
  if ((head && pluralEnding.test(head.lower)) || !own) return entry.generic ?? entry.id;
  return `${own.id}-${entry.id}`;
}

/** The gazetteer of `bodies`, plus `extra` entries (new bodies) tried before them. */
export function createGazetteer(extra: readonly BodyEntry[] = []): Gazetteer {
  const entries = [...extra, ...bodies];
  const phrases = entries
    .flatMap((entry) => entry.patterns.map((pattern) => ({ entry, phrase: phraseTest(pattern) })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const index = phraseIndex(phrases.map(({ phrase }) => phrase));
  const matchAt = (tokens: readonly Token[], at: number) => {
    const [longest] = index.at(tokens, at);
    return longest === undefined ? undefined : phrases[longest];
  };
  return {
    entries,
    find(tokens, regionOfText) {
      const mentions: BodyMention[] = [];
      for (let at = 0; at < tokens.length; at++) {
        const hit = matchAt(tokens, at);
        if (!hit) continue;
        const last = at + hit.phrase.length - 1;
        const previous = mentions.at(-1);
        // "Сената Парламента": the second name only says whose the first is.
        if (!(previous && previous.last === at - 1 && hit.entry.id === 'parliament')) {
          mentions.push({
            ownerId: ownerOf(hit.entry, tokens, at, last, regionOfText),
            entry: hit.entry,
            first: at,
            last,
          });
        }
        at = last;
      }
      return mentions;
    },
  };
}
