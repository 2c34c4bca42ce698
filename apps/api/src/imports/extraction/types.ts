import type { Kind, Language, LegislativeStage, Status } from '@civic/shared';

/** What the extractor reads: the source text exactly as imported and the language it is declared in. */
export interface ExtractionInput {
  text: string;
  language: Language;
}

/** A passage of the text: `start`/`end` count Unicode code points, `quote` is the text between them. */
export interface Passage {
  quote: string;
  start: number;
  end: number;
}

/** A fact the text states about itself, proposed for the official to confirm; never inferred. */
export interface ProposedFact<T> extends Passage {
  value: T;
}

/** Date (`YYYY-MM-DD`, the day as written) and place (a region or city in the nominative) the text states. */
export interface SourceFacts {
  publishedAt?: ProposedFact<string>;
  place?: ProposedFact<string>;
}

/**
 * One proposed initiative or progress report. `parentIndex` is the index in the same candidate list
 * of the candidate it nests under; `reasons` are the cues that fired, in words an official reads.
 */
export interface Candidate extends Passage {
  kind: Kind;
  ownerId: string | null;
  /** ISO 3166 code: the region of a regional owner (`aktobe-maslikhat` → `KZ-15`), else `KZ` (national). */
  region: string;
  status: Status;
  legislativeStage: LegislativeStage | null;
  parentIndex: number | null;
  reasons: string[];
  /** The date (`YYYY-MM-DD`) or place stated in the candidate's own sentence, if any; proposed, never inferred. */
  facts: { date?: ProposedFact<string>; place?: ProposedFact<string> };
}

export interface ExtractionResult {
  candidates: Candidate[];
  facts: SourceFacts;
  /** False when no rules exist for the text's language: the official marks spans by hand. */
  rulesAvailable: boolean;
  /** Why nothing was proposed, or what the official should know; empty when all went as usual. */
  notes: string[];
}
