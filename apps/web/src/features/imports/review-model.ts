import type { ImportCandidate, ImportDraft, InitiativeDetail } from '@civic/shared/schemas';
import { kinds, statuses } from '@civic/shared/vocabulary';
import type { FormSchema } from '../../lib/use-schema-form.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** A new initiative's fields as the official edits them (strings, as every form here keeps them). */
export type InitiativeFields = {
  id: string;
  titleRu: string;
  titleEn: string;
  /** 'true' when the English title is left for later. */
  englishLater: string;
  kind: string;
  ownerId: string;
  region: string;
  status: string;
  legislativeStage: string;
  quote: string;
};

/** A proposed status change on a tracked initiative, with its evidence passage. */
export type UpdateFields = { status: string; legislativeStage: string; note: string; quote: string };

export interface Review {
  decision: Decision;
  fields: InitiativeFields | UpdateFields;
}

const latin: Record<string, string> = Object.fromEntries(
  'а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ  ы y ь  э e ю yu я ya ә a ғ g қ q ң n ө o ұ u ү u һ h і i'
    .split(' ')
    .reduce<[string, string][]>((pairs, value, index, all) => {
      if (index % 2 === 0) pairs.push([value, all[index + 1] ?? '']);
      return pairs;
    }, []),
);

/** An address-friendly id from a Russian title: its first words in Latin letters, and the import's number. */
export function slugFrom(title: string, suffix: string): string {
  const words = Array.from(title.toLowerCase(), (char) => latin[char] ?? char)
    .join('')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 2)
    .slice(0, 5);
  return [...words, suffix].join('-').slice(0, 80).replace(/-+$/, '');
}

/** The Russian passage, trimmed of its closing full stop, as the starting title. */
const titleFrom = (quote: string) => {
  const text = quote.trim().replace(/[.;:,]+$/u, '');
  return (text.charAt(0).toUpperCase() + text.slice(1)).slice(0, 2000);
};

/** What the official starts from: each candidate as the rules proposed it, not yet decided. */
export function initialReviews(draft: ImportDraft): Review[] {
  return draft.candidates.map((candidate, index) => ({
    decision: 'pending',
    fields: candidate.matchId ? updateFields(candidate) : initiativeFields(candidate, draft.id, index),
  }));
}

/**
 * A passage the rules missed, marked by the official as a new initiative: placed in the text (code points)
 * when it stands there exactly once, else left unplaced for the confirm to refuse on its card.
 */
export function addedCandidate(text: string, quote: string): ImportCandidate {
  const index = text.indexOf(quote);
  const once = index !== -1 && text.indexOf(quote, index + 1) === -1;
  const start = once ? Array.from(text.slice(0, index)).length : -1;
  return {
    quote,
    start,
    end: once ? start + Array.from(quote).length : -1,
    kind: kinds[0],
    ownerId: null,
    region: 'KZ',
    status: statuses[0],
    legislativeStage: null,
    parentIndex: null,
    reasons: [],
    matchId: null,
    matchScore: 0,
  };
}

/** The review of a passage the official added: accepted, as they meant it when they added it. */
export const addedReview = (candidate: ImportCandidate, draftId: string, index: number): Review => ({
  decision: 'accepted',
  fields: initiativeFields(candidate, draftId, index),
});

function initiativeFields(candidate: ImportCandidate, draftId: string, index: number): InitiativeFields {
  const titleRu = titleFrom(candidate.quote);
  return {
    id: slugFrom(titleRu, `${draftId.slice(0, 6)}${index + 1}`),
    titleRu,
    titleEn: '',
    englishLater: 'true',
    kind: candidate.kind,
    ownerId: candidate.ownerId ?? '',
    region: candidate.region,
    status: candidate.status,
    legislativeStage: candidate.legislativeStage ?? '',
    quote: candidate.quote,
  };
}

const updateFields = (candidate: ImportCandidate): UpdateFields => ({
  status: candidate.status,
  legislativeStage: candidate.legislativeStage ?? '',
  note: candidate.quote.trim().slice(0, 2000),
  quote: candidate.quote,
});

/** A new initiative as the confirm route takes it; `parentIndex` among the accepted ones. */
export function toImportedInitiative(fields: InitiativeFields, parentIndex: number | null): unknown {
  const later = fields.englishLater === 'true';
  return {
    id: fields.id.trim(),
    kind: fields.kind,
    title: { ru: fields.titleRu, en: later ? '' : fields.titleEn },
    ...(later ? { englishTitleMissing: true } : {}),
    ownerId: fields.ownerId,
    region: fields.region.trim(),
    status: fields.status,
    legislativeStage: fields.kind === 'legislation' && fields.legislativeStage ? fields.legislativeStage : null,
    ...(parentIndex === null ? {} : { parentIndex }),
    passage: { quote: fields.quote },
  };
}

/** A status change as the confirm route takes it: only what differs from the initiative as it stands. */
export function toImportedUpdate(fields: UpdateFields, tracked: InitiativeDetail): unknown {
  const stage = fields.legislativeStage || null;
  return {
    initiativeId: tracked.id,
    version: tracked.version,
    ...(fields.status !== tracked.status ? { status: fields.status } : {}),
    ...(tracked.kind === 'legislation' && stage !== tracked.legislativeStage ? { legislativeStage: stage } : {}),
    note: fields.note,
    evidence: { quote: fields.quote },
  };
}

/** Accepted candidates in order, each with its place in the confirm's list; a parent left out leaves none. */
export function acceptedOrder(draft: ImportDraft, reviews: readonly Review[]) {
  const accepted = draft.candidates.flatMap((candidate, index) =>
    reviews[index]?.decision === 'accepted' && !candidate.matchId ? [index] : [],
  );
  const position = new Map(accepted.map((candidateIndex, order) => [candidateIndex, order]));
  return accepted.map((candidateIndex) => {
    const parent = draft.candidates[candidateIndex]?.parentIndex;
    return { candidateIndex, parentIndex: parent == null ? null : (position.get(parent) ?? null) };
  });
}

/** The confirm route's field paths (title.en, passage.quote, evidence.quote) as the names of the form's fields. */
const fieldOf: Record<string, string> = {
  'title.ru': 'titleRu',
  'title.en': 'titleEn',
  'passage.quote': 'quote',
  'evidence.quote': 'quote',
  legislativeStage: 'legislativeStage',
};

export function fieldName(path: readonly PropertyKey[]): string {
  const joined = path.map(String).join('.');
  return fieldOf[joined] ?? String(path[0] ?? '');
}

/** A schema whose issues are renamed to the form's fields, so useSchemaForm puts each on its control. */
export function renamedIssues<Input>(schema: FormSchema<Input>): FormSchema<Input> {
  return {
    safeParse(value) {
      const result = schema.safeParse(value);
      if (result.success) return result;
      return {
        success: false,
        error: { issues: result.error.issues.map((issue) => ({ ...issue, path: [fieldName(issue.path)] })) },
      };
    },
  };
}
