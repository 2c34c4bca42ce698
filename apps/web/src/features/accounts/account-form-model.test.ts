import { describe, expect, it } from 'vitest';
import { newUserInputSchema } from '../../lib/schemas.ts';
import { emptyAccount, toNewUser } from './account-form-model.ts';

describe('account form model', () => {
  it('when an official is entered with an organisation left over, then it is not sent and the schema accepts the account', () => {
    const fields = {
      ...emptyAccount,
      username: 'A.Omar',
      displayName: 'Aida Omar',
      password: 'long password 1',
      organisation: 'NGO',
    };
    const input = toNewUser(fields);
    expect(input).toEqual({
      username: 'a.omar',
      displayName: 'Aida Omar',
      role: 'official',
      password: 'long password 1',
    });
    expect(newUserInputSchema.safeParse(input).success).toBe(true);
  });

  it('when a monitor has no organisation or the password is short, then the schema names those fields', () => {
    const result = newUserInputSchema.safeParse(
      toNewUser({ ...emptyAccount, role: 'monitor', username: 'mon', displayName: 'Mon Itor', password: 'short' }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['organisation', 'password']);
  });
});
