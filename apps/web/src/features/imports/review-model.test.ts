import { describe, expect, it } from 'vitest';
import { importCandidateFixture, importDraftFixture, initiativeDetailFixture } from '../../test/fixtures.ts';
import {
  acceptedOrder,
  addedCandidate,
  addedReview,
  fieldName,
  type InitiativeFields,
  initialReviews,
  type Review,
  slugFrom,
  toImportedInitiative,
  toImportedUpdate,
} from './review-model.ts';

const candidate = importCandidateFixture;
const draftWith = importDraftFixture;
const decided = (...decisions: Review['decision'][]) =>
  decisions.map((decision) => ({ decision, fields: {} }) as unknown as Review);

describe('import review model', () => {
  it('when a title is Russian, then its id is its first words in Latin letters and a suffix', () => {
    expect(slugFrom('Совет молодых депутатов при маслихате', 'ab1')).toBe(
      'sovet-molodykh-deputatov-pri-maslikhate-ab1',
    );
    expect(slugFrom('Ақтөбе облысы', 'x2')).toBe('aqtobe-oblysy-x2');
  });

  it('when a draft is opened, then a matched passage starts as an update and the others as new initiatives', () => {
    const reviews = initialReviews(
      draftWith([candidate({}), candidate({ matchId: 'tracked', quote: 'закон принят' })]),
    );
    expect(reviews.map((review) => review.decision)).toEqual(['pending', 'pending']);
    expect(reviews[0]?.fields).toMatchObject({
      titleRu: 'При маслихате создан совет',
      englishLater: 'true',
      region: 'KZ',
    });
    expect(reviews[1]?.fields).toEqual({
      status: 'completed',
      legislativeStage: '',
      note: 'закон принят',
      quote: 'закон принят',
    });
  });

  it('when a parent is accepted, then its child points at it among the accepted; a rejected parent leaves none', () => {
    const draft = draftWith([
      candidate({}),
      candidate({ parentIndex: 0 }),
      candidate({ matchId: 'x' }),
      candidate({ parentIndex: 0 }),
    ]);
    expect(acceptedOrder(draft, decided('rejected', 'accepted', 'accepted', 'accepted'))).toEqual([
      { candidateIndex: 1, parentIndex: null },
      { candidateIndex: 3, parentIndex: null },
    ]);
    expect(acceptedOrder(draft, decided('accepted', 'pending', 'accepted', 'accepted'))).toEqual([
      { candidateIndex: 0, parentIndex: null },
      { candidateIndex: 3, parentIndex: 0 },
    ]);
  });

  it('when an update is built, then only what differs from the initiative as it stands is sent, with its version', () => {
    const tracked = initiativeDetailFixture({
      id: 'law',
      version: 4,
      status: 'under_review',
      kind: 'legislation',
      legislativeStage: 'mazhilis',
    });
    const fields = { status: 'under_review', legislativeStage: 'senate', note: 'Одобрен.', quote: 'одобрен' };
    expect(toImportedUpdate(fields, tracked)).toEqual({
      initiativeId: 'law',
      version: 4,
      legislativeStage: 'senate',
      note: 'Одобрен.',
      evidence: { quote: 'одобрен' },
    });
  });

  it('when the extraction proposes a region, then the review starts from it and the confirm sends it', () => {
    const draft = draftWith([candidate({ ownerId: 'aktobe-maslikhat', region: 'KZ-15' }), candidate({})]);
    const [regional, national] = initialReviews(draft).map((review) => review.fields as InitiativeFields);
    expect(regional?.region).toBe('KZ-15');
    expect(national?.region).toBe('KZ');
    expect(toImportedInitiative(regional as InitiativeFields, null)).toMatchObject({ region: 'KZ-15' });
  });

  it("when the server names a nested field, then it lands on the form's own field", () => {
    expect(fieldName(['title', 'en'])).toBe('titleEn');
    expect(fieldName(['passage', 'quote'])).toBe('quote');
    expect(fieldName(['ownerId'])).toBe('ownerId');
  });

  it('when the official adds a passage standing once in the text, then it is placed in code points and accepted', () => {
    const text = '🙂 Мәслихат сессиясында жастар кеңесі құрылды. Келесі сессия наурызда.';
    const added = addedCandidate(text, 'жастар кеңесі құрылды');
    expect(added).toMatchObject({ start: 23, end: 44, matchId: null, parentIndex: null });
    expect(Array.from(text).slice(added.start, added.end).join('')).toBe('жастар кеңесі құрылды');
    const review = addedReview(added, '01abcdef-1', 3);
    expect(review.decision).toBe('accepted');
    expect(review.fields).toMatchObject({
      titleRu: 'Жастар кеңесі құрылды',
      quote: 'жастар кеңесі құрылды',
      ownerId: '',
    });
    expect((review.fields as { id: string }).id).toBe('zhastar-kenesi-quryldy-01abcd4');
  });

  it('when an added passage is not in the text or stands twice, then it is left unplaced for the confirm to refuse', () => {
    expect(addedCandidate('сессия; сессия', 'сессия')).toMatchObject({ start: -1, end: -1 });
    expect(addedCandidate('сессия', 'кеңес')).toMatchObject({ start: -1, end: -1 });
  });
});
