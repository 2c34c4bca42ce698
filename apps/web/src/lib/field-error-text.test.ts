import { assessmentInputSchema, milestonePatchSchema } from '@civic/shared/schemas';
import { describe, expect, it } from 'vitest';
import { problemKind } from './field-error-text.ts';
import { checkWith, type FieldProblem, toFormErrors } from './use-schema-form.ts';

const sentence = 'The ministry published the draft and held two hearings.';
const assessment = { rating: 'limited', rationale: sentence, evidenceUrls: ['https://gov.kz/a'], asOf: '2027-03-01' };
const names = ['rating', 'rationale', 'evidenceUrls', 'asOf'] as const;

/** The kind of the problem the form keeps for `field` after a check of `candidate`. */
function kindAfterCheck(candidate: object, field: (typeof names)[number]) {
  const checked = checkWith(assessmentInputSchema, names, candidate);
  if (checked.ok) throw new Error('the candidate passed');
  const error = checked.errors[field];
  if (error === undefined) throw new Error(`no problem on ${field}`);
  return problemKind(error);
}

/** The kind of an API problem+json entry once it is on its field. */
const kindFromApi = (problem: FieldProblem) => {
  const error = toFormErrors(['rationale', 'evidenceUrls', 'asOf', 'title'], [problem])[
    problem.field.split('.')[0] as 'rationale'
  ];
  if (error === undefined) throw new Error('not on a field');
  return problemKind(error);
};

describe('what a field problem is, read from its code and parameters', () => {
  it("when the form's own check finds a problem, then it carries the code the API would send", () => {
    expect(kindAfterCheck({ ...assessment, rationale: 'a'.repeat(4001) }, 'rationale')).toEqual({
      kind: 'tooLong',
      max: 4000,
      item: null,
    });
    const many = Array.from({ length: 11 }, (_, i) => `https://gov.kz/${i}`);
    expect(kindAfterCheck({ ...assessment, evidenceUrls: many }, 'evidenceUrls')).toEqual({ kind: 'tooMany', max: 10 });
    const long = ['https://gov.kz/a', `https://gov.kz/${'a'.repeat(2100)}`];
    expect(kindAfterCheck({ ...assessment, evidenceUrls: long }, 'evidenceUrls')).toEqual({
      kind: 'tooLong',
      max: 2000,
      item: 2,
    });
    expect(kindAfterCheck({ ...assessment, asOf: '' }, 'asOf')).toEqual({ kind: 'required' });
    expect(kindAfterCheck({ ...assessment, asOf: '1999-12-31' }, 'asOf')).toEqual({
      kind: 'tooEarly',
      min: '2000-01-01',
    });
    expect(kindAfterCheck({ ...assessment, asOf: '2101-01-01' }, 'asOf')).toEqual({
      kind: 'tooLate',
      max: '2100-12-31',
    });
  });

  it('when a shared refinement fails, then its params give the code: before_min with the first day', () => {
    const checked = checkWith(milestonePatchSchema, ['completedOn'], { version: 1, completedOn: '1999-01-01' });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors.completedOn).toEqual(
        expect.objectContaining({ code: 'before_min', minimum: '2000-01-01' }),
      );
  });

  it('when the API sends a code, then its message does not matter, whatever its words', () => {
    expect(
      kindFromApi({ field: 'rationale', message: 'Zu lang', code: 'too_big', origin: 'string', maximum: 4000 }),
    ).toEqual({
      kind: 'tooLong',
      max: 4000,
      item: null,
    });
    expect(
      kindFromApi({ field: 'evidenceUrls.3', message: '…', code: 'too_big', origin: 'string', maximum: 2000 }),
    ).toEqual({
      kind: 'tooLong',
      max: 2000,
      item: 4,
    });
    expect(kindFromApi({ field: 'evidenceUrls', message: '…', code: 'too_big', origin: 'array', maximum: 10 })).toEqual(
      {
        kind: 'tooMany',
        max: 10,
      },
    );
    expect(kindFromApi({ field: 'asOf', message: 'is required', code: 'required' })).toEqual({ kind: 'required' });
    expect(kindFromApi({ field: 'title', message: '', code: 'too_small', origin: 'string', minimum: 1 })).toEqual({
      kind: 'required',
    });
    expect(kindFromApi({ field: 'asOf', message: 'future', code: 'after_today', maximum: '2027-03-01' })).toEqual({
      kind: 'afterToday',
    });
    expect(kindFromApi({ field: 'asOf', message: 'x', code: 'before_min', minimum: '2026-05-01' })).toEqual({
      kind: 'tooEarly',
      min: '2026-05-01',
    });
    expect(kindFromApi({ field: 'asOf', message: 'x', code: 'after_max', maximum: '2100-12-31' })).toEqual({
      kind: 'tooLate',
      max: '2100-12-31',
    });
  });

  it("when the words are zod's but the code says nothing the form knows, or there is no code, then it is other", () => {
    const words = 'Too big: expected string to have <=2000 characters';
    expect(kindFromApi({ field: 'rationale', message: words, code: 'invalid' })).toEqual({ kind: 'other' });
    expect(kindFromApi({ field: 'rationale', message: words })).toEqual({ kind: 'other' });
    expect(kindFromApi({ field: 'asOf', message: 'must not be after today (2027-03-01)' })).toEqual({ kind: 'other' });
    expect(problemKind('taken')).toEqual({ kind: 'other' });
  });
});
