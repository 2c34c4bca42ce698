import type { CueFamily } from './cues.ts';
import type { BodyMention } from './gazetteer.ts';
import { stemTest } from './stems.ts';
import type { Token } from './text.ts';

const speakerHead = stemTest('председател*|глав|спикер*|руководител*|пресс-служб*|заместител*|вице-*');
const recipientMark = stemTest('для|рекомендац*|предложен*');
const hostMark = (word: string) => word === 'при' || word === 'в' || word === 'во';
const councils = new Set(['senate-council', 'public-council']);
const governmentSide = /^(?:government|ministry-of-|ministries)/u;

/** Who speaks ("Председатель Сената", "главы Сената") is not who is responsible. */
export const isSpeaker = (tokens: readonly Token[], mention: BodyMention) =>
  speakerHead(tokens[mention.first - 1]?.stem ?? '');

/** A recommendation's addressee: "рекомендаций для правительства", "рекомендации Правительству". */
export const isRecipient = (tokens: readonly Token[], mention: BodyMention) =>
  recipientMark(tokens[mention.first - 1]?.stem ?? '');

/** What the owner rules look at for one clause; token indices are the sentence's. */
export interface OwnerQuestion {
  tokens: readonly Token[];
  mentions: readonly BodyMention[];
  from: number;
  to: number;
  /** Index of the first word of the cue that opened the candidate. */
  cueAt: number;
  families: ReadonlySet<CueFamily>;
  /** Bodies named earlier in the text, oldest first (speakers left out). */
  earlier: readonly BodyMention[];
}

/** The owner the text names for a clause, and the addressee of a recommendation (its items' owner). */
export function resolveOwner(q: OwnerQuestion): { ownerId: string | null; recipientId: string | null; rule: string } {
  const inClause = q.mentions.filter((m) => m.first >= q.from && m.last < q.to && !isSpeaker(q.tokens, m));
  const recommending = q.families.has('recommend') || q.families.has('support');
  const recipients = recommending ? inClause.filter((m) => isRecipient(q.tokens, m)) : [];
  // The body being created is the initiative itself, not its owner.
  const created = q.families.has('create') ? inClause.filter((m) => m.first > q.cueAt && m.first <= q.cueAt + 2) : [];
  const candidates = inClause.filter((m) => !recipients.includes(m) && !created.includes(m));
  const recipientId = recipients[0]?.ownerId ?? null;
  if (q.families.has('law')) {
    const government = candidates.find((m) => governmentSide.test(m.ownerId));
    return {
      ownerId: government?.ownerId ?? 'parliament',
      recipientId,
      rule: 'закон: Парламент, если проект не у Правительства',
    };
  }
  const after = candidates.find((m) => m.first >= q.cueAt);
  const beforeCue = candidates.filter((m) => m.first < q.cueAt);
  // "при акимате создан …", "в Сенате создан …": where a body is set up is whose it is.
  const host = q.families.has('create')
    ? beforeCue.find((m) => hostMark(q.tokens[m.first - 1]?.lower ?? ''))
    : undefined;
  const before = host ?? beforeCue[0];
  const named = (c: BodyMention) => ({
    ownerId: c.ownerId,
    recipientId,
    rule: `назван орган: «${nameOf(q.tokens, c)}»`,
  });
  // Whoever recommends stands before the verb; bodies after it are what the recommendations are about.
  if (recommending && before) return named(before);
  const council = q.tokens.slice(q.from, q.to).find((t) => t.stem === 'совет' && /^С/u.test(t.text));
  const lastCouncil = q.earlier.filter((m) => councils.has(m.entry.id)).at(-1);
  const anaphora = council &&
    lastCouncil && { ownerId: lastCouncil.ownerId, recipientId, rule: '«Совет»: последний названный совет' };
  if (recommending && anaphora) return anaphora;
  const chosen = after ?? before;
  if (chosen) return named(chosen);
  if (anaphora) return anaphora;
  // "Председатель маслихата поручил постоянным комиссиям …": with no other body in the clause, the
  // speaker's own body carries out what its head instructs, rather than whichever body the text named last.
  const speaker = q.families.has('call')
    ? q.mentions.find((m) => m.first >= q.from && m.last < q.to && m.first < q.cueAt && isSpeaker(q.tokens, m))
    : undefined;
  if (speaker)
    return { ownerId: speaker.ownerId, recipientId, rule: `поручение главы: «${nameOf(q.tokens, speaker)}»` };
  const previous = q.earlier.at(-1);
  if (previous) return { ownerId: previous.ownerId, recipientId, rule: 'орган из предыдущего текста' };
  return { ownerId: null, recipientId, rule: 'орган не назван' };
}

const nameOf = (tokens: readonly Token[], m: BodyMention) =>
  tokens
    .slice(m.first, m.last + 1)
    .map((t) => t.text)
    .join(' ');
