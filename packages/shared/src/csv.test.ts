import { describe, expect, it } from 'vitest';
import { historyCsvQuerySchema, initiativesCsvQuerySchema } from './csv.ts';

describe('export query schemas', () => {
  it('when sep is not given, then it is a comma; when ";", then a semicolon', () => {
    expect(initiativesCsvQuerySchema.parse({}).sep).toBe(',');
    expect(initiativesCsvQuerySchema.parse({ sep: ';' }).sep).toBe(';');
  });

  it.each([
    [{ sep: '|' }, 'sep'],
    [{ lang: 'de' }, 'lang'],
    [{ page: '2' }, ''],
  ])('when the initiatives export gets %j, then it is refused', (input, field) => {
    const result = initiativesCsvQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it.each([
    [{ from: '2026-13-01' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
    [{ initiative: 'Not A Slug' }, 'initiative'],
  ])('when the history export gets %j, then it is refused naming %s', (input, field) => {
    const result = historyCsvQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => String(i.path[0]))).toContain(field);
  });
});
