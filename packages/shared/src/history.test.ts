import { describe, expect, it } from 'vitest';
import { statusChangeInputSchema } from './history.ts';

describe('statusChangeInputSchema', () => {
  it('when a status and a note are given, then it is accepted', () => {
    expect(statusChangeInputSchema.parse({ status: 'adopted', note: 'Принято', version: 2 })).toMatchObject({
      status: 'adopted',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'not a url'])(
    'when the evidence URL is %s, then it is refused',
    (evidenceUrl) => {
      const result = statusChangeInputSchema.safeParse({ status: 'adopted', note: 'x', evidenceUrl });
      expect(result.success).toBe(false);
    },
  );

  it('when nothing would change and it is not a verification, then it is refused', () => {
    expect(statusChangeInputSchema.safeParse({ note: 'nothing' }).success).toBe(false);
    expect(statusChangeInputSchema.safeParse({ note: 'checked', verifiedOnly: true }).success).toBe(true);
  });

  it('when the note is blank or too long, then it is refused', () => {
    expect(statusChangeInputSchema.safeParse({ status: 'adopted', note: '   ' }).success).toBe(false);
    expect(statusChangeInputSchema.safeParse({ status: 'adopted', note: 'x'.repeat(2001) }).success).toBe(false);
  });
});
