import { type LoginInput, problemTypes, type User } from '@civic/shared';
import { AppError, unauthorized } from '../errors/app-error.ts';
import { verifyAgainstDecoy, verifyPassword } from '../users/password.ts';
import { toUser, type UsersRepository } from '../users/users-repository.ts';
import type { LoginAttemptsRepository } from './login-attempts-repository.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import type { SessionsRepository } from './sessions-repository.ts';

export interface AuthSettings {
  now: () => Date;
  sessionTtlMs?: number | undefined;
}

const defaultSessionTtlMs = 12 * 60 * 60 * 1000;
const windowMs = 15 * 60 * 1000;
/** Failed logins allowed per window: few per username (guessing one password), more per address (a shared office NAT). */
const limits = { user: 5, ip: 30 };

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      problemTypes.tooManyRequests,
      'Too many requests',
      `Too many failed logins; try again in ${retryAfterSeconds} seconds.`,
      undefined,
      undefined,
      retryAfterSeconds,
    );
  }
}

const wrongCredentials = () => unauthorized('Wrong username or password.');

export interface AuthRepositories {
  users: UsersRepository;
  sessions: SessionsRepository;
  attempts: LoginAttemptsRepository;
}

export function createAuthService({ users, sessions, attempts }: AuthRepositories, settings: AuthSettings) {
  const ttl = settings.sessionTtlMs ?? defaultSessionTtlMs;

  async function refuseWhenLimited(keys: { ip: string; user: string }, now: Date): Promise<void> {
    const failures = await attempts.failuresSince(
      [keys.ip, keys.user],
      new Date(now.getTime() - windowMs).toISOString(),
    );
    for (const kind of ['user', 'ip'] as const) {
      const seen = failures.get(keys[kind]);
      if (seen && seen.count >= limits[kind]) {
        const freeAt = Date.parse(seen.oldest) + windowMs;
        throw new TooManyRequestsError(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
      }
    }
  }

  return {
    /** Checks the password and opens a session; unknown user, wrong password and disabled account answer alike. */
    async login(input: LoginInput, ip: string): Promise<{ user: User; token: string; expiresAt: string }> {
      const now = settings.now();
      const username = input.username.toLowerCase();
      const keys = { ip: `ip:${ip}`, user: `user:${username}` };
      await refuseWhenLimited(keys, now);
      const row = await users.findRowByUsername(username);
      const ok =
        row && Number(row.disabled) === 0
          ? await verifyPassword(input.password, row.password_hash)
          : await verifyAgainstDecoy(input.password);
      if (!row || !ok) {
        await attempts.record([keys.ip, keys.user], now.toISOString());
        await attempts.prune(new Date(now.getTime() - windowMs).toISOString());
        throw wrongCredentials();
      }
      await attempts.clear(keys.user);
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
