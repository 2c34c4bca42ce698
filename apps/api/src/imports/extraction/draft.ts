import { opensCandidate } from './classify.ts';
import type { Clause } from './clauses.ts';
import { type CueFamily, type Fired, fireStages, reasonOf, type stageCues } from './cues.ts';
import type { BodyMention } from './gazetteer.ts';
import { resolveOwner } from './owners.ts';
import type { Sentence } from './sentences.ts';
import { stemTest } from './stems.ts';

/** A candidate while the sentence is read: UTF-16 offsets, parent as an object. */
export interface Draft {
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
}

const demonstrative = stemTest('эт|этот|дан');

/** "эта работа должна …": a call about something already named adds nothing new to track. */
export function elaborates(clause: Clause, families: Set<CueFamily>): boolean {
  const body = clause.tokens.find((t) => t.start >= clause.bodyStart);
  const onlyModal = [...families].every((f) => f === 'call' || f === 'plan' || f === 'umbrella');
  return onlyModal && demonstrative(body?.stem ?? '');
}

/** What one clause brings: its cues and the bodies its sentence and the text before it name. */
export interface ClauseReading {
  clause: Clause;
  sentence: Sentence;
  fired: Array<Fired<{ family: CueFamily; label: string }>>;
  families: Set<CueFamily>;
  mentions: readonly BodyMention[];
  earlier: readonly BodyMention[];
}

/**
 * A candidate for one clause: its kind-deciding cues (its own, or its list's when it has none),
 * reasons, stage and owner. `parent` is the umbrella clause it is an item of, if any.
 */
export function openDraft(reading: ClauseReading, parent: Draft | null): Draft {
  const { clause, sentence, fired, families: own, mentions, earlier } = reading;
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
