import type { LegislativeStage, Status } from '@civic/shared';
import { phraseTest } from './stems.ts';
import { phraseIndex, type Token } from './text.ts';

/** What a cue says about a clause. */
export type CueFamily =
  | 'create' // a body created or formed
  | 'recommend' // recommendations or proposals prepared, sent or submitted
  | 'support' // a recommendation or proposal supported by its addressee
  | 'law' // a law, bill or amendments acted on
  | 'call' // a call to action: призвала, необходимо, нужно, должна, поручил
  | 'wish' // "хочется, чтобы …"
  | 'discuss' // issues discussed: "обсудила вопросы …"
  | 'plan' // something planned: будет, планируется, решено
  | 'introduce' // a practice introduced: внедрил, введены
  | 'practice' // what makes it a practice: regular, formats, coverage in social networks
  | 'umbrella'; // a noun that heads a list: пакет, вопросы, меры, форматы

export interface Cue {
  family: CueFamily;
  /** Words an official reads in the candidate's reasons. */
  label: string;
  /** Phrases (stem patterns, see stems.ts) that must all stand in the clause, in any order. */
  terms: string[];
}

const lawNouns = 'закон*|законопроект*|поправк*|поправок|кодекс*|законодательн*';
const orgNouns =
  'совет*|центр*|комисс*|комитет*|офис*|агентств*|фонд*|штаб*|служб*|групп*|хаб*|академ*|ассоциац*|институт|орган';

/** The cue table; each row is one cue family's wording, matched by stem. */
export const cues: Cue[] = [
  {
    family: 'create',
    label: 'создан орган',
    terms: ['созда|сформирова*|образова|учрежд*|учред*|откр|открыт', orgNouns],
  },
  {
    family: 'recommend',
    label: 'подготовлены или направлены рекомендации, предложения',
    terms: [
      'рекомендац*|предложен*',
      'подготов*|подготовл*|направ*|направл*|внес*|выработа*|одобр*|сформулирова*|переда*|представ*|утверд*',
    ],
  },
  { family: 'support', label: 'предложение поддержано', terms: ['рекомендац*|предложен*', 'поддержа*|поддерж*'] },
  {
    family: 'law',
    label: 'закон, законопроект или поправки',
    terms: [
      lawNouns,
      'отраж*|разработа*|разработк*|подготов*|обсужд*|обсуд*|внес*|приня|прин|одобр*|подписа*|вступ*|рассмотр*|рассматрива*|вынес*|направ*',
    ],
  },
  {
    family: 'call',
    label: 'призыв или поручение',
    terms: ['призва*|поруч*|поруча*|рекомендова*|рекоменду*|необходим*|нужн|должн|долж|следует|предлож|обязан*'],
  },
  { family: 'wish', label: 'пожелание', terms: ['хочет*|хотел*'] },
  { family: 'discuss', label: 'обсуждены вопросы', terms: ['обсуд*|обсужда*', 'вопрос*'] },
  { family: 'plan', label: 'запланировано', terms: ['будет|будут|планир*|предстоит|намечен*|реш'] },
  { family: 'introduce', label: 'введена новая практика', terms: ['внедр*|введ'] },
  {
    family: 'practice',
    label: 'регулярная практика',
    terms: ['регулярн*|ежегодн*|ежеквартальн*|ежемесячн*|еженедельн*'],
  },
  { family: 'practice', label: 'новые форматы работы', terms: ['формат*'] },
  { family: 'practice', label: 'освещение в социальных сетях', terms: ['социальн* сет*'] },
  { family: 'practice', label: 'освещение деятельности', terms: ['освеща*|освещен*'] },
  { family: 'practice', label: 'практика', terms: ['практик*'] },
  { family: 'practice', label: 'выездные заседания или приёмы', terms: ['выездн*'] },
  {
    family: 'umbrella',
    label: 'перечень',
    terms: ['пакет*|вопрос*|мер|меры|формат*|рекомендац*|предложен*|направлен*'],
  },
];

/** The road of a bill, as the text reports it: the furthest step named wins (see legislativeStages). */
export const stageCues: Array<{ stage: LegislativeStage; status: Status; label: string; terms: string[] }> = [
  { stage: 'in_force', status: 'completed', label: 'вступил в силу', terms: ['вступ*|вступа*', 'сил*'] },
  { stage: 'signed', status: 'adopted', label: 'подписан', terms: ['подписа*'] },
  {
    stage: 'senate',
    status: 'under_review',
    label: 'в Сенате',
    terms: ['приня|прин|одобр*|внес*|рассмотр*|направ*', 'сенат|сенатор*'],
  },
  {
    stage: 'mazhilis',
    status: 'under_review',
    label: 'в Мажилисе',
    terms: ['приня|прин|одобр*|внес*|рассмотр*|направ*', 'мажилис*'],
  },
  { stage: 'public_discussion', status: 'under_review', label: 'на обсуждении', terms: ['обсужд*|обсуд*|обсужден*'] },
  {
    stage: 'drafting',
    status: 'in_progress',
    label: 'разрабатывается',
    terms: ['разработа*|разрабатыва*|разработк*|подготов*'],
  },
];

/** A cue table compiled once: every term of every row goes into one phrase index. */
function compile<T extends { terms: string[] }>(rows: T[]) {
  const phrases = rows.flatMap((row) => row.terms.map(phraseTest));
  const index = phraseIndex(phrases);
  const firstTerm = rows.map((_, r) => rows.slice(0, r).reduce((sum, row) => sum + row.terms.length, 0));
  return { rows, phrases, index, firstTerm };
}

const compiledCues = compile(cues);
const compiledStages = compile(stageCues);

/** A cue that fired, with the words that fired it. */
export interface Fired<T> {
  cue: T;
  words: string[];
  /** Token index of its first word in the clause. */
  at: number;
}

function fire<T extends { terms: string[] }>(
  table: ReturnType<typeof compile<T>>,
  tokens: readonly Token[],
): Array<Fired<T>> {
  const places = table.index.first(tokens);
  const fired: Array<Fired<T>> = [];
  table.rows.forEach((cue, r) => {
    const terms = cue.terms.map((_, t) => (table.firstTerm[r] ?? 0) + t);
    const at = terms.map((term) => places[term] ?? -1);
    if (at.some((place) => place === -1)) return;
    const words = terms.map((term, t) =>
      tokens
        .slice(at[t], (at[t] ?? 0) + (table.phrases[term]?.length ?? 0))
        .map((token) => token.text)
        .join(' '),
    );
    fired.push({ cue, words, at: Math.min(...at) });
  });
  return fired;
}

export const fireCues = (tokens: readonly Token[]) => fire(compiledCues, tokens);
export const fireStages = (tokens: readonly Token[]) => fire(compiledStages, tokens);

/** A reason as the official reads it: the cue and, in guillemets, the words of the text that fired it. */
export const reasonOf = ({ cue, words }: Fired<{ label: string }>) =>
  `${cue.label}: ${words.map((word) => `«${word}»`).join(', ')}`;
