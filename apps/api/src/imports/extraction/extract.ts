import type { LegislativeStage, Status } from '@civic/shared';
import { classify, isModal, opensCandidate } from './classify.ts';
import { type Clause, splitClauses } from './clauses.ts';
import { type CueFamily, type Fired, fireCues, fireStages, reasonOf, type stageCues } from './cues.ts';
import { type FoundFact, findDates, findPlaces } from './facts.ts';
import { type BodyMention, createGazetteer, type Gazetteer } from './gazetteer.ts';
import { isSpeaker, resolveOwner } from './owners.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { phraseTest, stemTest } from './stems.ts';
import { codePointIndex, findPhrase, trimSpan } from './text.ts';
import type { Candidate, ExtractionInput, ExtractionResult, ProposedFact, SourceFacts } from './types.ts';

export interface ExtractOptions {
  /** Bodies to recognise; `createGazetteer()` (the bodies of gazetteer.ts) when not given. */
  gazetteer?: Gazetteer;
}

/** A candidate while the sentence is read: UTF-16 offsets, parent as an object. */
interface Draft {
  start: number;
  end: number;
  sentence: Sentence;
  families: Set<CueFamily>;
  reasons: string[];
  stage?: (typeof stageCues)[number];
  ownerId: string | null;
  recipientId: string | null;
  parent: Draft | null;
  umbrella: boolean;
  /** Stems of the created body's name, to recognise the same creation told twice. */
  createdName?: string[];
  inherited?: Draft;
}

const defaultGazetteer = createGazetteer();
const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const cyrillic = /[а-яёА-ЯЁ]/u;

/** Share of Kazakh-only letters among the Cyrillic ones, counted without building arrays. */
function kazakhShare(text: string): number {
  let kazakh = 0;
  let all = 0;
  for (const char of text) {
    if (kazakhLetters.test(char)) kazakh++;
    else if (cyrillic.test(char)) all++;
  }
  return kazakh / Math.max(1, kazakh + all);
}
const demonstrative = stemTest('эт|этот|дан');
const backReference = phraseTest('эт|этот|дан документ*|закон*|законопроект*|поправк*');

const noRules = (note: string): ExtractionResult => ({
  candidates: [],
  facts: {},
  rulesAvailable: false,
  notes: [note],
});

/**
 * Proposes the initiatives and progress reports a Russian press release announces, each tied to its
 * clause or sentence, with kind, owner, status, legislative stage, parent and the cues that fired.
 * Offsets are code points into `input.text`. Rules exist for Russian only: any other language, or
 * Russian-declared text that reads as Kazakh, gives no candidates, `rulesAvailable: false` and a note.
 */
export function extract(input: ExtractionInput, options: ExtractOptions = {}): ExtractionResult {
  const { text, language } = input;
  if (language === 'kk') return noRules('Правил извлечения для казахского языка пока нет: отметьте фрагменты вручную.');
  if (language !== 'ru')
    return noRules(`Правил извлечения для языка «${language}» пока нет: отметьте фрагменты вручную.`);
  if (kazakhShare(text) > 0.02) {
    return noRules('Текст похож на казахский, а правил для казахского языка пока нет: отметьте фрагменты вручную.');
  }
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const sentences = splitSentences(text);
  const places = findPlaces(sentences.flatMap((s) => s.tokens));
  const region = places[0]?.region;
  const drafts: Draft[] = [];
  const earlier: BodyMention[] = [];
  for (const sentence of sentences) {
    const own = places.find((place) => place.start >= sentence.start && place.end <= sentence.end);
    const mentions = gazetteer.find(sentence.tokens, own?.region ?? region);
    if (!sentence.bare && !continuesLaw(text, sentence, drafts)) {
      drafts.push(...readSentence(text, sentence, mentions, earlier));
    }
    earlier.push(...mentions.filter((m) => !isSpeaker(sentence.tokens, m)));
  }
  return finish(text, withoutRepeats(drafts), sentences, places);
}

/** "… обсуждении этого документа": a sentence that points back to the bill just named extends it. */
function continuesLaw(text: string, sentence: Sentence, drafts: Draft[]): boolean {
  const last = drafts.at(-1);
  const at = findPhrase(sentence.tokens, backReference);
  if (!last || at === -1 || !last.families.has('law') || last.sentence.paragraph !== sentence.paragraph) return false;
  if (text.slice(last.end, sentence.start).trim() !== '') return false;
  const words = sentence.tokens
    .slice(at, at + 2)
    .map((t) => t.text)
    .join(' ');
  last.end = sentence.end;
  last.reasons.push(`продолжение о том же документе: «${words}»`);
  const stage = fireStages(sentence.tokens)[0];
  if (stage && (!last.stage || stageRank(stage.cue) < stageRank(last.stage))) {
    last.stage = stage.cue;
    last.reasons.push(reasonOf(stage));
  }
  return true;
}

const stageRank = (stage: { stage: LegislativeStage }) =>
  ['in_force', 'signed', 'senate', 'mazhilis', 'public_discussion', 'drafting'].indexOf(stage.stage);

function readSentence(text: string, sentence: Sentence, mentions: BodyMention[], earlier: BodyMention[]): Draft[] {
  const drafts: Draft[] = [];
  let first: Draft | undefined;
  let current: Draft | undefined;
  for (const clause of splitClauses(text, sentence)) {
    const fired = fireCues(clause.tokens);
    const families = new Set(fired.map((f) => f.cue.family));
    const opens = opensCandidate(families);
    if (opens && elaborates(clause, families)) {
      current = undefined;
      continue;
    }
    if (opens) {
      const parent = first?.umbrella ? first : null;
      current = open(clause, sentence, fired, families, mentions, [...earlier], parent);
      drafts.push(current);
      first ??= current;
    } else if (
      first &&
      (first.umbrella || clause.lead === 'nested') &&
      clause.lead !== 'subordinate' &&
      clause.lead !== 'contrast'
    ) {
      current = open(clause, sentence, fired, families, mentions, [...earlier], first);
      drafts.push(current);
    } else if (
      current &&
      (clause.lead === 'subordinate' || clause.lead === 'contrast') &&
      current.end <= clause.start
    ) {
      current.end = clause.end;
    }
  }
  cutAtClosingQuote(text, sentence, drafts);
  return drafts;
}

/** "эта работа должна …": a call about something already named adds nothing new to track. */
function elaborates(clause: Clause, families: Set<CueFamily>): boolean {
  const body = clause.tokens.find((t) => t.start >= clause.bodyStart);
  const onlyModal = [...families].every((f) => f === 'call' || f === 'plan' || f === 'umbrella');
  return onlyModal && demonstrative(body?.stem ?? '');
}

function open(
  clause: Clause,
  sentence: Sentence,
  fired: Array<Fired<{ family: CueFamily; label: string }>>,
  own: Set<CueFamily>,
  mentions: BodyMention[],
  earlier: BodyMention[],
  parent: Draft | null,
): Draft {
  const inheriting = parent !== null && !opensCandidate(own);
  const families = inheriting ? new Set([...parent.families, ...own].filter((f) => f !== 'umbrella')) : own;
  const from = sentence.tokens.indexOf(clause.tokens[0] as (typeof clause.tokens)[number]);
  const trigger = fired.find((f) => f.cue.family !== 'umbrella' && f.cue.family !== 'practice');
  const reasons = fired.filter((f) => f.cue.family !== 'umbrella').map(reasonOf);
  if (parent)
    reasons.push(clause.lead === 'nested' ? 'часть перечня: «в частности»' : 'пункт перечня в том же предложении');
  const stage = families.has('law') ? fireStages(sentence.tokens)[0] : undefined;
  if (stage) reasons.push(reasonOf(stage));
  const owner = resolveOwner({
    tokens: sentence.tokens,
    mentions,
    from,
    to: from + clause.tokens.length,
    cueAt: from + (trigger?.at ?? 0),
    families,
    earlier,
  });
  const fromParent = inheriting && !mentions.some((m) => m.first >= from && m.last < from + clause.tokens.length);
  // Items of a recommendation belong to its addressee ("рекомендаций для правительства по …, …").
  const toRecipient = inheriting && parent.recipientId !== null;
  const ownerId = toRecipient ? parent.recipientId : fromParent ? parent.ownerId : owner.ownerId;
  reasons.push(
    toRecipient
      ? 'ответственный: адресат рекомендаций'
      : fromParent
        ? 'ответственный: как у всего перечня'
        : `ответственный: ${owner.rule}`,
  );
  const createdAt = own.has('create') && trigger ? trigger.at + 1 : -1;
  return {
    start: clause.bodyStart,
    end: clause.end,
    sentence,
    families,
    reasons,
    ...(stage ? { stage: stage.cue } : {}),
    ownerId,
    recipientId: owner.recipientId,
    parent,
    umbrella: fired.some((f) => f.cue.family === 'umbrella') && !inheriting,
    ...(createdAt >= 0 ? { createdName: clause.tokens.slice(createdAt, createdAt + 6).map((t) => t.stem) } : {}),
  };
}

/** A quote that opened in an earlier sentence closes in this one: the candidate ends with it. */
function cutAtClosingQuote(text: string, sentence: Sentence, drafts: Draft[]) {
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === '«') depth++;
    else if (text[i] === '»' && depth > 0) depth--;
    else if (text[i] === '»') {
      for (const draft of drafts) if (draft.start < i && draft.end > i) draft.end = i;
      return;
    }
  }
}

/** The same body created twice in one text ("создан Совет …", later "Мы создали Совет …") is one candidate. */
function withoutRepeats(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const name = draft.createdName;
    const repeat = name && kept.find((k) => k.createdName && overlap(k.createdName, name) >= 0.8);
    if (repeat) repeat.reasons.push('тот же орган назван ещё раз дальше в тексте');
    else kept.push(draft);
  }
  return kept.filter((d) => !d.parent || kept.includes(d.parent));
}

function overlap(a: string[], b: string[]): number {
  const inB = new Set(b);
  return a.filter((s) => inB.has(s)).length / Math.min(a.length, b.length);
}

function finish(text: string, drafts: Draft[], sentences: Sentence[], places: FoundFact[]): ExtractionResult {
  const point = codePointIndex(text);
  const passage = (start: number, end: number) => ({
    quote: text.slice(start, end),
    start: point(start),
    end: point(end),
  });
  const fact = (found: FoundFact | undefined): ProposedFact<string> | undefined =>
    found && { value: found.value, ...passage(found.start, found.end) };
  const candidates: Candidate[] = drafts.map((draft) => {
    const [start, trimmed] = trimSpan(text, draft.start, draft.end);
    // A whole sentence keeps its full stop; a clause cut from one does not.
    const end = start > draft.sentence.start && text[trimmed - 1] === '.' ? trimmed - 1 : trimmed;
    const { kind, status, legislativeStage } = classify(draft.families, draft.stage);
    const facts: SourceFacts = {};
    const date = fact(findDates(text, draft.sentence.start, draft.sentence.end)[0]);
    const place = fact(places.find((p) => p.start >= draft.sentence.start && p.end <= draft.sentence.end));
    if (date) facts.publishedAt = date;
    if (place) facts.place = place;
    return {
      ...passage(start, end),
      kind,
      ownerId: draft.ownerId,
      status: status as Status,
      legislativeStage,
      parentIndex: draft.parent ? drafts.indexOf(draft.parent) : null,
      reasons: [...draft.reasons, ...(isModal(draft.families) ? ['статус: предложено (призыв или план)'] : [])],
      facts,
    };
  });
  return { candidates, facts: sourceFacts(text, sentences, places, fact), rulesAvailable: true, notes: [] };
}

/** The date and place the release states about itself: a date in its first three sentences or its last. */
function sourceFacts(
  text: string,
  sentences: Sentence[],
  places: FoundFact[],
  fact: (found: FoundFact | undefined) => ProposedFact<string> | undefined,
): SourceFacts {
  const framing = [...sentences.slice(0, 3), ...sentences.slice(-1)];
  const date = framing.map((s) => findDates(text, s.start, s.end)[0]).find(Boolean);
  const facts: SourceFacts = {};
  const publishedAt = fact(date);
  const place = fact(places[0]);
  if (publishedAt) facts.publishedAt = publishedAt;
  if (place) facts.place = place;
  return facts;
}
