import type { LoginInput, User } from '@civic/shared';
import type { UserRow } from '../db/schema.ts';
import { unauthorized } from '../errors/app-error.ts';
import { verifyAgainstDecoy, verifyPassword } from '../users/password.ts';
import { toUser, type UsersRepository } from '../users/users-repository.ts';
import type { LoginAttemptsRepository } from './login-attempts-repository.ts';
import { createLoginThrottle, type ThrottleKeys, throttleKeys } from './login-throttle.ts';
import { createPasswordChecks, type PasswordChecks } from './password-checks.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import type { SessionsRepository } from './sessions-repository.ts';

export interface AuthSettings {
  now: () => Date;
  sessionTtlMs?: number | undefined;
}

const defaultSessionTtlMs = 12 * 60 * 60 * 1000;

const wrongCredentials = () => unauthorized('Wrong username or password.');

export interface AuthRepositories {
  users: UsersRepository;
  sessions: SessionsRepository;
  attempts: LoginAttemptsRepository;
}

export function createAuthService(
  { users, sessions, attempts }: AuthRepositories,
  settings: AuthSettings,
  checks: PasswordChecks = createPasswordChecks(),
) {
  const ttl = settings.sessionTtlMs ?? defaultSessionTtlMs;
  const throttle = createLoginThrottle(attempts);

  /** Whether the password is the user's; an unknown or disabled user costs the same scrypt work. */
  async function checkPassword(keys: ThrottleKeys, row: UserRow | undefined, password: string): Promise<boolean> {
    try {
      return await checks.run(() =>
        row && Number(row.disabled) === 0 ? verifyPassword(password, row.password_hash) : verifyAgainstDecoy(password),
      );
    } catch (err) {
      await throttle.unchecked(keys);
      throw err;
    }
  }

  return {
    /**
     * Checks the password and opens a session; unknown user, wrong password and disabled account answer
     * alike (401). The attempt is counted before the check: 429 with Retry-After when its username from
     * this address, or this address, must wait (see login-throttle.ts); 503 with Retry-After when the
     * instance already runs as many password checks as it allows.
     */
    async login(input: LoginInput, ip: string): Promise<{ user: User; token: string; expiresAt: string }> {
      const now = settings.now();
      const username = input.username.toLowerCase();
      const keys = throttleKeys(username, ip);
      await throttle.admit(keys, now);
      const row = await users.findRowByUsername(username);
      const ok = await checkPassword(keys, row, input.password);
      if (!row || !ok) {
        await throttle.failed(now);
        throw wrongCredentials();
      }
      await throttle.succeeded(keys);
      await sessions.deleteExpired(now.toISOString());
      const token = newSessionToken();
      const expiresAt = new Date(now.getTime() + ttl).toISOString();
      await sessions.insert(hashSessionToken(token), row.id, now.toISOString(), expiresAt);
      return { user: toUser(row), token, expiresAt };
    },

    /** The user a session token belongs to, while the session lasts and the user is enabled. */
    async authenticate(token: string | undefined): Promise<User | undefined> {
      if (!token) return undefined;
      const tokenHash = hashSessionToken(token);
      const found = await sessions.findWithUser(tokenHash);
      if (!found) return undefined;
      if (Date.parse(found.expiresAt) <= settings.now().getTime()) {
        await sessions.delete(tokenHash);
        return undefined;
      }
      if (Number(found.user.disabled) === 1) return undefined;
      return toUser(found.user);
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await sessions.delete(hashSessionToken(token));
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
