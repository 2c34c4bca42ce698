import { describe, expect, it } from 'vitest';
import { isListParam, listQuerySchema } from './list-query.ts';

describe('listQuerySchema', () => {
  it('when nothing is given, then defaults apply', () => {
    expect(listQuerySchema.parse({})).toEqual({
      sort: { field: 'source', direction: 'asc' },
      lang: 'ru',
      page: 1,
      pageSize: 20,
    });
  });

  it('when lists come comma-separated or repeated, then they become one list', () => {
    const parsed = listQuerySchema.parse({ status: ['proposed,under_review', 'completed'], kind: 'practice' });
    expect(parsed.status).toEqual(['proposed', 'under_review', 'completed']);
    expect(parsed.kind).toEqual(['practice']);
  });

  it('when a region is given by a former letter code, then it filters by the numeric code that replaced it', () => {
    expect(listQuerySchema.parse({ region: 'KZ-AKT,KZ-15,KZ' }).region).toEqual(['KZ-15', 'KZ-15', 'KZ']);
  });

  it('when sort starts with a minus, then it is descending', () => {
    expect(listQuerySchema.parse({ sort: '-progress' }).sort).toEqual({ field: 'progress', direction: 'desc' });
  });

  it.each([
    [{ status: 'bogus' }, 'status'],
    [{ pageSize: '100000' }, 'pageSize'],
    [{ page: '-1' }, 'page'],
    [{ page: ['1', '2'] }, 'page'],
    [{ sort: 'password' }, 'sort'],
    [{ region: 'KZ-XYZ' }, 'region'],
    [{ colour: 'red' }, ''],
  ])('when given %j, then it is refused naming %s', (input, field) => {
    const result = listQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it('when a field is a list (status, kind, owner, region), then it may repeat; every other field is given once', () => {
    const lists = Object.entries(listQuerySchema.shape)
      .filter(([, field]) => isListParam(field))
      .map(([name]) => name);
    expect(lists).toEqual(['status', 'kind', 'owner', 'region']);
  });
});
