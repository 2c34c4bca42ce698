import { describe, expect, it } from 'vitest';
import { assessmentInputSchema } from './assessment.ts';
import { fieldProblemOf } from './field-problem.ts';
import { enteredDaySchema } from './initiative.ts';

const issuesOf = (schema: { safeParse: (value: unknown) => { error?: { issues: unknown[] } } }, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []) as Parameters<typeof fieldProblemOf>[0][];

describe('the code and parameters of a schema issue', () => {
  it("when zod finds a bound passed, then its code, origin and bound, whatever zod's words", () => {
    const [issue] = issuesOf(assessmentInputSchema.shape.rationale, 'a b'.repeat(2000));
    expect(issue && fieldProblemOf(issue)).toEqual({ code: 'too_big', origin: 'string', maximum: 4000 });
  });

  it("when a day lies outside the span one may enter, then the refinement's params: before_min or after_max", () => {
    const [early] = issuesOf(enteredDaySchema, '1999-12-31');
    expect(early && fieldProblemOf(early)).toEqual({ code: 'before_min', minimum: '2000-01-01' });
    const [late] = issuesOf(enteredDaySchema, '2101-01-01');
    expect(late && fieldProblemOf(late)).toEqual({ code: 'after_max', maximum: '2100-12-31' });
  });

  it('when a value is missing, then required; a refinement with no params of its own is invalid', () => {
    expect(fieldProblemOf({ code: 'invalid_type', expected: 'string' }, true)).toEqual({ code: 'required' });
    expect(fieldProblemOf({ code: 'custom' }, true)).toEqual({ code: 'invalid' });
    expect(fieldProblemOf({ code: 'invalid_type', expected: 'string' })).toEqual({
      code: 'invalid_type',
      expected: 'string',
    });
  });
});
