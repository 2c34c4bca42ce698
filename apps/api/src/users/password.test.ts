import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password.ts';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('when a password is hashed, then the hash names scrypt and its cost and never holds the password', async () => {
    const hash = await hashPassword('correct horse battery', cheap);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('correct horse battery');
  });

  it('when the same password is hashed twice, then the salts differ and both verify', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password here', cheap),
      hashPassword('same password here', cheap),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('when the password is wrong or the hash malformed, then it does not verify', async () => {
    const hash = await hashPassword('the right password', cheap);
    expect(await verifyPassword('the wrong password', hash)).toBe(false);
    expect(await verifyPassword('the right password', 'plain-text')).toBe(false);
    expect(await verifyAgainstDecoy('anything at all')).toBe(false);
  });
});
