import type { Status } from '@civic/shared';
import { classify, isModal } from './classify.ts';
import type { Draft } from './draft.ts';
import { type FoundFact, findDates } from './facts.ts';
import { regionOfOwner } from './gazetteer.ts';
import type { Sentence } from './sentences.ts';
import { codePointIndex, trimSpan } from './text.ts';
import type { Candidate, ExtractionResult, ProposedFact, SourceFacts } from './types.ts';

/** The drafts as the library hands them out: code-point offsets, kind and status decided, parents as indices. */
export function toResult(text: string, drafts: Draft[], sentences: Sentence[], places: FoundFact[]): ExtractionResult {
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
    const facts: Candidate['facts'] = {};
    const date = fact(findDates(text, draft.sentence.start, draft.sentence.end)[0]);
    const place = fact(places.find((p) => p.start >= draft.sentence.start && p.end <= draft.sentence.end));
    if (date) facts.date = date;
    if (place) facts.place = place;
    return {
      ...passage(start, end),
      kind,
      ownerId: draft.ownerId,
      region: (draft.ownerId && regionOfOwner(draft.ownerId)?.code) || 'KZ',
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
