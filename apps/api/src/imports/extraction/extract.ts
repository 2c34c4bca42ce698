import type { LegislativeStage } from '@civic/shared';
import { opensCandidate } from './classify.ts';
import { splitClauses } from './clauses.ts';
import { fireCues, fireStages, reasonOf } from './cues.ts';
import { type Draft, elaborates, openDraft } from './draft.ts';
import { findPlaces } from './facts.ts';
import { type BodyMention, createGazetteer, type Gazetteer } from './gazetteer.ts';
import { rulesMissing } from './language.ts';
import { isSpeaker } from './owners.ts';
import { toResult } from './proposals.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { phraseTest } from './stems.ts';
import { findPhrase } from './text.ts';
import type { ExtractionInput, ExtractionResult } from './types.ts';

export interface ExtractOptions {
  /** Bodies to recognise; `createGazetteer()` (the bodies of gazetteer.ts) when not given. */
  gazetteer?: Gazetteer;
}

const defaultGazetteer = createGazetteer();
const backReference = phraseTest('эт|этот|дан документ*|закон*|законопроект*|поправк*');

/**
 * Proposes the initiatives and progress reports a Russian press release announces, each tied to its
 * clause or sentence, with kind, owner, status, legislative stage, parent and the cues that fired.
 * Offsets are code points into `input.text`. Rules exist for Russian only: any other language, or
 * Russian-declared text that reads as Kazakh, gives no candidates, `rulesAvailable: false` and a note.
 * Never throws: text the rules cannot read gives fewer candidates, not an error.
 */
export function extract(input: ExtractionInput, options: ExtractOptions = {}): ExtractionResult {
  const { text } = input;
  const missing = rulesMissing(input);
  if (missing) return { candidates: [], facts: {}, rulesAvailable: false, notes: [missing] };
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
  return toResult(text, withoutRepeats(drafts), sentences, places);
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
      current = openDraft({ clause, sentence, fired, families, mentions, earlier: [...earlier] }, parent);
      drafts.push(current);
      first ??= current;
    } else if (
      first &&
      (first.umbrella || clause.lead === 'nested') &&
      clause.lead !== 'subordinate' &&
      clause.lead !== 'contrast'
    ) {
      current = openDraft({ clause, sentence, fired, families, mentions, earlier: [...earlier] }, first);
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
