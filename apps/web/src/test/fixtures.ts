import type {
  HistoryPage,
  ImportCandidate,
  ImportDraft,
  Initiative,
  InitiativeDetail,
  StatusChange,
} from '@civic/shared/schemas';
import { vi } from 'vitest';

/** An initiative as the list sends it: a made-up one, proposed, with both titles given; overrides win. */
export function initiativeFixture(overrides: Partial<Initiative> = {}): Initiative {
  return {
    id: 'x',
    parentId: null,
    kind: 'practice',
    title: { ru: 'Т', en: 'T' },
    titleEnMissing: false,
    summary: { ru: 'С', en: 'S' },
    owner: { id: 'o', name: { ru: 'О', en: 'O' } },
    region: 'KZ',
    tags: [],
    status: 'proposed',
    progress: 0,
    progressSource: 'status',
    legislativeStage: null,
    targetDate: null,
    lastVerifiedAt: null,
    source: null,
    overdue: false,
    overdueMilestone: null,
    stale: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    officialRating: 'not_started',
    latestAssessment: null,
    agreement: 'not_assessed',
    ...overrides,
  };
}

/** An initiative as its page gets it: no parent, children, milestones or relations unless overrides give them. */
export function initiativeDetailFixture(overrides: Partial<InitiativeDetail> = {}): InitiativeDetail {
  return { ...initiativeFixture(), parent: null, children: [], milestones: [], relations: [], ...overrides };
}

/** A passage an import proposes as an initiative: a council the text says was set up; overrides win. */
export function importCandidateFixture(overrides: Partial<ImportCandidate> = {}): ImportCandidate {
  return {
    quote: 'При маслихате создан совет.',
    start: 0,
    end: 27,
    kind: 'institution',
    ownerId: 'maslikhats',
    region: 'KZ',
    status: 'completed',
    legislativeStage: null,
    parentIndex: null,
    reasons: ['создан'],
    matchId: null,
    matchScore: 0,
    ...overrides,
  };
}

/** An import still in draft, of a pasted Russian text, proposing `candidates`. */
export function importDraftFixture(candidates: ImportCandidate[]): ImportDraft {
  return {
    id: '01abcdef-1',
    state: 'draft',
    title: 'Пресс-релиз',
    publisher: 'Маслихат',
    language: 'ru',
    publishedAt: null,
    url: null,
    origin: 'pasted',
    text: candidates.map((candidate) => candidate.quote).join(' '),
    sha256: '0'.repeat(64),
    candidates,
    facts: {},
    rulesAvailable: true,
    notes: [],
    owners: [],
    createdBy: 'Test official',
    createdAt: '2026-01-01T00:00:00.000Z',
    sourceId: null,
  };
}

/** Answers every fetch with the JSON body `answer` gives for its URL; returns the URLs asked for, in order. */
export function serveJson(answer: (url: string) => unknown): string[] {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    requested.push(input);
    return new Response(JSON.stringify(answer(input)), { headers: { 'content-type': 'application/json' } });
  });
  return requested;
}

/** Answers every fetch with one page of history, the last, holding `items`. */
export const serveHistory = (items: StatusChange[]): string[] =>
  serveJson((): HistoryPage => ({ items, nextCursor: null }));
