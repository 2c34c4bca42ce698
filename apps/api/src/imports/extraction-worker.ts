import type { Language } from '@civic/shared';
import { extract } from './extraction/extract.ts';
import { type KnownInitiative, matchInitiatives } from './extraction/match.ts';

export interface ProposeTask {
  text: string;
  language: Language;
  known: KnownInitiative[];
}

/**
 * The extraction engine's candidates (docs/import.md), each with the tracked initiative it reports on.
 * Run by a worker thread of extraction-pool.ts: extraction of a long text must not hold the server's event loop.
 */
export default function propose({ text, language, known }: ProposeTask) {
  const { candidates, facts, rulesAvailable, notes } = extract({ text, language });
  const matches = matchInitiatives(candidates, known);
  return {
    candidates: candidates.map(({ facts: _facts, ...candidate }, index) => ({
      ...candidate,
      matchId: matches[index]?.matchId ?? null,
      matchScore: Math.round((matches[index]?.score ?? 0) * 1000) / 1000,
    })),
    facts,
    rulesAvailable,
    notes,
  };
}

export type Proposal = ReturnType<typeof propose>;
