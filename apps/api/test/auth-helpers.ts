import { randomBytes } from 'node:crypto';
import type { Role, User } from '@civic/shared';
import { hashSessionToken, newSessionToken, sessionCookie } from '../src/auth/session-token.ts';
import { createSessionsRepository } from '../src/auth/sessions-repository.ts';
import type { Store } from '../src/db/connect.ts';
import type { ScryptCost } from '../src/users/password.ts';
import { createUsersRepository } from '../src/users/users-repository.ts';
import { createUsersService } from '../src/users/users-service.ts';
import type { Json, TestApp } from './test-app.ts';

export interface CreatedUser {
  user: User;
  username: string;
  password: string;
}

let counter = 0;

/** A scrypt cost far below the real one, for tests that log in many times and are not about the hash. */
export const cheapCost: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** A user with a fresh name and a random password, through the same service the CLI uses. */
export async function createUser(
  store: Store,
  options: {
    role: Role;
    username?: string;
    disabled?: boolean;
    displayName?: string;
    organisation?: string;
    cost?: ScryptCost;
  },
): Promise<CreatedUser> {
  counter += 1;
  const username = options.username ?? `${options.role}-${counter}-${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const service = createUsersService(createUsersRepository(store.db));
  const user = await service.create(
    {
      username,
      password,
      role: options.role,
      displayName: options.displayName ?? `Test ${options.role} ${counter}`,
      disabled: options.disabled ?? false,
      ...(options.role === 'monitor' ? { organisation: options.organisation ?? `Watch ${counter}` } : {}),
    },
    options.cost,
  );
  return { user, username, password };
}

/** The Cookie header of a session, opened by logging in over HTTP. */
export async function login(app: TestApp, username: string, password: string): Promise<string> {
  const res = await app.fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed with ${res.status}: ${await res.text()}`);
  const token = /civic_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('login set no session cookie');
  return `${sessionCookie}=${token}`;
}

/** Creates a user of the role and logs in: the Cookie header to write as them. */
export async function loginAs(app: TestApp, role: Role): Promise<string> {
  const { username, password } = await createUser(app.store, { role });
  return login(app, username, password);
}

/** A session stored directly with the given expiry, e.g. one already past. */
export async function openSession(store: Store, userId: string, expiresAt: Date): Promise<string> {
  const token = newSessionToken();
  const createdAt = new Date(expiresAt.getTime() - 60_000).toISOString();
  await createSessionsRepository(store.db).insert(hashSessionToken(token), userId, createdAt, expiresAt.toISOString());
  return `${sessionCookie}=${token}`;
}

/** Headers for a JSON write as the holder of the cookie. */
export const jsonHeaders = (cookie?: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'content-type': 'application/json',
  ...(cookie ? { cookie } : {}),
  ...extra,
});

/** A response's JSON body, typed loosely for assertions. */
export const readJson = (res: Response): Promise<Json> => res.json() as Promise<Json>;
